import { InjectionToken } from '@angular/core';

/** OpenStreetMap's standard tiles; an operator may point to their own tile server. */
export const tileUrl = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

export interface MapTiles {
  /** Leaflet URL template of the tiles. */
  tileUrl: string;
  /** Required by the tiles' licence; shown in the map's corner. */
  attribution: string;
}

export const MAP_TILES = new InjectionToken<MapTiles>('MAP_TILES', {
  factory: () => ({
    tileUrl,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }),
});

/** Auch, the network's first site, at a zoom that shows the whole department. */
export const GERS_CENTRE: [number, number] = [43.65, 0.58];
export const GERS_ZOOM = 9;
