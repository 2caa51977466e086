// Colours that carry meaning in every theme (bands) and the map scale.
import type { Band } from '../types.ts';

/** Band colours, readable on light and dark backgrounds. */
export const BAND_COLOR: Record<Band, string> = {
  over: '#dc2626',
  near: '#d97706',
  room: '#16a34a',
};
export const NO_DATA_COLOR = '#9ca3af';

/** Map scale from no overcrowding to the worst Kanwil. */
export const MAP_SCALE = ['#fef3c7', '#fdba74', '#f97316', '#dc2626', '#7f1d1d'];
