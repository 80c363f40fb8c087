import { DestroyRef } from '@angular/core';
import type { LayerGroup, Map as LeafletMap } from 'leaflet';
import { GERS_CENTRE, GERS_ZOOM, MapTiles } from './map-config';

export type Leaflet = typeof import('leaflet');

/** A map of the Gers ready for markers. */
export interface GersMap {
  L: Leaflet;
  map: LeafletMap;
  markers: LayerGroup;
}

/**
 * Loads Leaflet (only when a map is shown, so the rest of the application does not carry its weight) and
 * draws the Gers in `element`, with the tiles and a layer for markers; the map goes when `destroyRef` does.
 * Null when the component was gone before Leaflet arrived.
 */
export async function openGersMap(
  element: HTMLElement,
  tiles: MapTiles,
  destroyRef: DestroyRef,
): Promise<GersMap | null> {
  const module = await import('leaflet');
  if (destroyRef.destroyed) {
    return null;
  }
  // The ESM build has no default export; a CommonJS interop may add one.
  const L = ((module as unknown as { default?: Leaflet }).default ?? module) as Leaflet;
  const map = L.map(element, { center: GERS_CENTRE, zoom: GERS_ZOOM });
  L.tileLayer(tiles.tileUrl, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
  const markers = L.layerGroup().addTo(map);
  // Leaflet measures its container once; a container laid out after (or resized with the window) would
  // otherwise keep the first measure and draw the markers off the visible part.
  const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize());
  resized?.observe(element);
  destroyRef.onDestroy(() => {
    resized?.disconnect();
    map.remove();
  });
  return { L, map, markers };
}
