/** A chart's series as the image's legend draws them (the page's legend is HTML, outside the SVG). */
export interface LegendEntry {
  label: string;
  colour: string;
}

const padding = 16;
const titleHeight = 28;
const legendRow = 22;
const font = 'Arial, Helvetica, sans-serif';

/** "Progress · Draft on oceans" on 2026-11-26 → "draft-on-oceans-status-2026-11-26.png". */
export function chartImageFileName(draftTitle: string, chart: string, at: Date = new Date()): string {
  const slug = `${draftTitle} ${chart}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'progress'}-${at.toISOString().slice(0, 10)}.png`;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = url;
  });
}

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser made no image of the chart.'))), 'image/png'),
  );
}

/**
 * Draws the chart's SVG on a white canvas, with its title above and its legend below (a report pastes the image
 * alone, so it must say what it shows), and downloads it as a PNG at twice the screen's size for print.
 */
export async function downloadChartImage(svg: SVGSVGElement, options: { title: string; legend: LegendEntry[]; fileName: string }) {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Text in the SVG takes the page's font through CSS, which an image loaded on its own does not have.
  copy.setAttribute('font-family', font);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const scale = 2;
    const canvas = document.createElement('canvas');
    const totalWidth = width + padding * 2;
    const totalHeight = padding + titleHeight + height + padding + options.legend.length * legendRow + padding;
    canvas.width = totalWidth * scale;
    canvas.height = totalHeight * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('The browser cannot draw images.');
    context.scale(scale, scale);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, totalWidth, totalHeight);
    context.fillStyle = '#1a1a1a';
    context.font = `bold 16px ${font}`;
    context.textBaseline = 'middle';
    context.fillText(options.title, padding, padding + titleHeight / 2);
    context.drawImage(image, padding, padding + titleHeight, width, height);
    context.font = `13px ${font}`;
    options.legend.forEach((entry, index) => {
      const y = padding + titleHeight + height + padding + index * legendRow;
      context.fillStyle = entry.colour;
      context.fillRect(padding, y + 4, 14, 14);
      context.fillStyle = '#1a1a1a';
      context.fillText(entry.label, padding + 22, y + 11);
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await toBlob(canvas));
    link.download = options.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
