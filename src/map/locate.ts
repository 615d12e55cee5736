import type { IControl } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The crosshair of the place panel's "使用我的位置" button, drawn with DOM calls (no markup strings). */
function crosshair(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '22');
  svg.setAttribute('aria-hidden', 'true');
  const add = (tag: string, attrs: Record<string, string>) => {
    const el = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    svg.append(el);
  };
  add('circle', { cx: '12', cy: '12', r: '3.5', fill: 'currentColor' });
  add('circle', { cx: '12', cy: '12', r: '7.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '2' });
  add('path', { d: 'M12 1.5v4M12 18.5v4M1.5 12h4M18.5 12h4', stroke: 'currentColor', 'stroke-width': '2' });
  return svg;
}

/**
 * A locate button on the map. It asks the page (onLocate) rather than running maplibre's own
 * GeolocateControl: the page's one geolocation flow sets the place, its accuracy and the answer,
 * and reports denial in the page's words.
 */
export class LocateControl implements IControl {
  private box: HTMLDivElement | null = null;

  constructor(
    private readonly label: string,
    private readonly onLocate: () => void,
  ) {}

  onAdd(): HTMLElement {
    const box = document.createElement('div');
    box.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-locate';
    button.title = this.label;
    button.setAttribute('aria-label', this.label);
    button.append(crosshair());
    button.addEventListener('click', () => this.onLocate());
    box.append(button);
    this.box = box;
    return box;
  }

  onRemove(): void {
    this.box?.remove();
    this.box = null;
  }
}
