import { DestroyRef, ElementRef, Signal, afterNextRender, inject, signal } from '@angular/core';
import type { LayerGroup, Map as LeafletMap, Marker } from 'leaflet';
import { GERS_CENTRE, GERS_ZOOM, MAP_TILES, MapTiles } from './map-config';

export type Leaflet = typeof import('leaflet');

/** A map of the Gers ready for markers. */
export interface GersMap {
  L: Leaflet;
  map: LeafletMap;
  markers: LayerGroup;
}

/** A component's map of the Gers: there once Leaflet has loaded, or failed when it could not be. */
export interface ShownGersMap {
  opened: Signal<GersMap | null>;
  failed: Signal<boolean>;
}

/**
 * Opens the Gers map in the `canvas` element once the component has rendered (Leaflet measures its container
 * then), with the configured tiles. Called in the component's injection context; the map goes with it.
 */
export function showGersMap(canvas: () => ElementRef<HTMLElement>): ShownGersMap {
  const tiles = inject(MAP_TILES);
  const destroyRef = inject(DestroyRef);
  const opened = signal<GersMap | null>(null);
  const failed = signal(false);
  afterNextRender(() => {
    openGersMap(canvas().nativeElement, tiles, destroyRef)
      .then((map) => {
        if (map) {
          opened.set(map);
        }
      })
      .catch(() => failed.set(true));
  });
  return { opened: opened.asReadonly(), failed: failed.asReadonly() };
}

/** A place's pin on the public maps, opening `popup` (built when it opens). */
export function placePin(
  L: Leaflet,
  latitude: number,
  longitude: number,
  name: string,
  popup: () => HTMLElement,
): Marker {
  const pin = L.marker([latitude, longitude], {
    // The title names the marker for screen readers (Leaflet makes it a keyboard-reachable button).
    title: name,
    alt: name,
    icon: L.divIcon({ className: 'site-marker', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -8] }),
  });
  return pin.bindPopup(popup);
}

/**
 * Loads Leaflet (only when a map is shown, so the rest of the application does not carry its weight) and
 * draws the Gers in `element`, with the tiles and a layer for markers; the map goes when `destroyRef` does.
 * Null when the component was gone before Leaflet arrived.
 */
async function openGersMap(element: HTMLElement, tiles: MapTiles, destroyRef: DestroyRef): Promise<GersMap | null> {
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
