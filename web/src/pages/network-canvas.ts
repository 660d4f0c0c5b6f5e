// Draws a network with sigma.js (WebGL): communities coloured, size by centrality, top actors labelled, hover and click.
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { Network } from './network-data.ts';

// Okabe–Ito hues (told apart with every common colour-vision deficiency) plus Tol's wine; further communities
// share grey. Colour is never the only carrier: the legend names each community and the lists beside the canvas
// name the organisations.
export const COMMUNITY_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255'];
export const OTHER_COMMUNITY = '#6b7280';
const FADED = '#dfe3e8';
/** How many of the most central organisations carry a permanent label on a canvas `width` pixels wide. */
export const labelledCount = (width: number) => (width < 600 ? 5 : 12);

export const communityColour = (community: number) => COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY;

/**
 * The colour of partners outside the scope: the community's hue halfway to white, opaque (translucent colours
 * come out tinted in sigma's WebGL blending).
 */
export function paler(hex: string): string {
  const channels = [1, 3, 5].map((i) => Math.round((parseInt(hex.slice(i, i + 2), 16) + 255) / 2));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export type NetworkCanvas = {
  sigma: Sigma;
  zoom: (factor: number) => void;
  fit: () => void;
  kill: () => void;
};

/**
 * Renders `network` into `container`; `labelled` ids get permanent labels, `onOpen` is called with the id of a
 * clicked organisation, `onDrawn` once the first frame is on screen.
 */
export function drawNetwork(
  container: HTMLElement,
  network: Network,
  options: { labelled: ReadonlySet<string>; onOpen: (id: string) => void; onDrawn: () => void },
): NetworkCanvas {
  const graph = new UndirectedGraph();
  const maxBetweenness = Math.max(Number.MIN_VALUE, ...network.nodes.map((n) => n.betweenness));
  const maxDegree = Math.max(1, ...network.nodes.map((n) => n.degree));
  const large = network.nodes.length > 800;
  for (const node of network.nodes) {
    const centrality = 0.6 * Math.sqrt(node.betweenness / maxBetweenness) + 0.4 * Math.sqrt(node.degree / maxDegree);
    const colour = communityColour(node.community);
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      size: (large ? 1.5 : 3) + centrality * (large ? 11 : 14),
      color: node.inScope ? colour : paler(colour),
      label: node.name,
      forceLabel: options.labelled.has(node.id),
      zIndex: options.labelled.has(node.id) ? 2 : node.inScope ? 1 : 0,
    });
  }
  // Opaque light greys, for the same reason as paler().
  const edgeColour = large ? '#e6e9ed' : '#c3c9d0';
  for (const [a, b, weight] of network.edges) {
    graph.addEdge(network.nodes[a]!.id, network.nodes[b]!.id, { size: Math.min(4, 0.4 + Math.log2(weight) * 0.6), color: edgeColour });
  }

  let hovered: string | null = null;
  let neighbours = new Set<string>();
  const sigma = new Sigma(graph, container, {
    zIndex: true,
    labelRenderedSizeThreshold: 18,
    labelDensity: 0.5,
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#17202a' },
    stagePadding: 40,
    hideEdgesOnMove: large,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    nodeReducer: (node, data) => {
      if (hovered === null) return data;
      if (node === hovered) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
      if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 2 };
      return { ...data, color: FADED, label: '', forceLabel: false, zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      if (hovered === null) return data;
      return graph.hasExtremity(edge, hovered) ? { ...data, color: '#4a5563' } : { ...data, hidden: true };
    },
  });

  sigma.on('enterNode', ({ node }) => {
    hovered = node;
    neighbours = new Set(graph.neighbors(node));
    container.style.cursor = 'pointer';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('leaveNode', () => {
    hovered = null;
    neighbours = new Set();
    container.style.cursor = '';
    sigma.refresh({ skipIndexation: true });
  });
  sigma.on('clickNode', ({ node }) => options.onOpen(node));
  // Sigma draws the first frame synchronously in its constructor; the next animation frame has it on screen.
  requestAnimationFrame(() => options.onDrawn());

  const camera = sigma.getCamera();
  return {
    sigma,
    zoom: (factor) => void camera.animate({ ratio: camera.ratio / factor }, { duration: 200 }),
    fit: () => void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 200 }),
    kill: () => sigma.kill(),
  };
}
