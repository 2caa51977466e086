import type { Module } from '../module.ts';
import { healthRoutes } from './routes.ts';

/** `/api/health`: no schema, no service of its own; the smallest module. */
export const health: Module = {
  name: 'health',
  routes: healthRoutes,
};
