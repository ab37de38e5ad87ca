// The finder's map (Leaflet), shown only when the server names a tile server (MAP_TILE_URL) and loaded only then:
// this module, Leaflet and its styles are a chunk of their own that no other route fetches. Each point with
// coordinates is a marker that the keyboard reaches (Tab; Enter opens its name and a link to the centre's page); the
// map itself pans with the arrows and zooms with + and −. The list below the map says the same in text.
import { useEffect, useRef } from 'react';
import {
  control,
  divIcon,
  latLngBounds,
  layerGroup,
  map as leafletMap,
  marker,
  tileLayer,
  type LayerGroup,
  type Map as LeafletMap,
} from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './CentreFinderMap.css';
import { useI18n } from '../i18n/context.tsx';
import { navigate } from '../app/router.tsx';
import type { ApiResponse } from '../api/types.ts';
import type { PublicCentreSummary } from './CentreShared.tsx';

/** The tile server the API names (GET /api/v1/public/centres). */
export type MapSettings = NonNullable<ApiResponse<'listPublicCentres'>['map']>;

/** Latvia, for a map with no markers yet. */
const LATVIA: [number, number] = [56.88, 24.6];

/** Leaflet writes attributions and icons as HTML: text from the server or the database goes in escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function popupOf(centre: PublicCentreSummary, address: string): HTMLElement {
  const box = document.createElement('div');
  const link = document.createElement('a');
  link.href = `/centres/${centre.id}`;
  link.textContent = centre.name;
  // An in-app link, like every other: no full page load.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    navigate(`/centres/${centre.id}`);
  });
  const where = document.createElement('p');
  where.textContent = address;
  box.append(link, where);
  return box;
}

export default function CentreFinderMap({
  settings,
  centres,
}: {
  settings: MapSettings;
  centres: readonly PublicCentreSummary[];
}) {
  const { m } = useI18n();
  const box = useRef<HTMLElement>(null);
  const map = useRef<LeafletMap | null>(null);
  const markers = useRef<LayerGroup | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const created = leafletMap(box.current, { center: LATVIA, zoom: 7, zoomControl: false });
    control.zoom({ zoomInTitle: m.centres.zoomIn, zoomOutTitle: m.centres.zoomOut }).addTo(created);
    tileLayer(settings.tileUrl, { attribution: escapeHtml(settings.attribution), maxZoom: 18 }).addTo(created);
    markers.current = layerGroup().addTo(created);
    // Leaflet names the popup's close button in English only.
    created.on('popupopen', (event) =>
      event.popup
        .getElement()
        ?.querySelector('.leaflet-popup-close-button')
        ?.setAttribute('aria-label', m.centres.closePopup),
    );
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
    };
  }, [settings.tileUrl, settings.attribution, m]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new map (new tiles or language) needs its markers placed again.
  useEffect(() => {
    const layer = markers.current;
    if (!layer || !map.current) return;
    layer.clearLayers();
    const placed: [number, number][] = [];
    for (const centre of centres) {
      for (const l of centre.locations) {
        if (l.latitude === null || l.longitude === null) continue;
        const label = `${centre.name}, ${l.address}`;
        const icon = divIcon({
          className: 'finder-map__marker',
          html: `<span class="visually-hidden">${escapeHtml(label)}</span>`,
          iconSize: [18, 18],
        });
        marker([l.latitude, l.longitude], { icon, keyboard: true, title: label })
          .bindPopup(popupOf(centre, l.address))
          .addTo(layer);
        placed.push([l.latitude, l.longitude]);
      }
    }
    if (placed.length > 0) map.current.fitBounds(latLngBounds(placed), { maxZoom: 12, padding: [24, 24] });
  }, [centres, settings.tileUrl, m]);

  return (
    <section aria-labelledby="finder-map-title" className="finder-map">
      <h2 id="finder-map-title">{m.centres.map}</h2>
      <p className="muted small">{m.centres.mapHint}</p>
      <section ref={box} className="finder-map__canvas" aria-label={m.centres.mapLabel} />
    </section>
  );
}
