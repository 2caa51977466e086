// Entry point: global styles and the app shell.
import { mount } from 'svelte';
import App from './App.svelte';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing in index.html');

export default mount(App, { target });
