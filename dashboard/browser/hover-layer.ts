/**
 * The hovered actor's neighbourhood, drawn on a 2D canvas between sigma's WebGL drawing and its hover layer:
 * a white veil dims the whole drawing, then the ties to the partners, the partners and their labels are drawn
 * on top (sigma draws the hovered actor itself above this layer).
 *
 * Why not sigma's reducers: a hover changes the look of every node and tie (dimmed or not), so sigma had to
 * run both reducers for the whole graph, re-upload its WebGL buffers and redraw every tie, and its next
 * colour pick (`readPixels`) waited for that frame: 0.37 s per hover frame with 5,000 actors in headless
 * Chromium's software WebGL. Drawing here costs a few canvas calls per partner, whatever the network's size,
 * and sigma's WebGL layers are not touched. Redrawn after every sigma render (camera moves) and at most once
 * per animation frame on hover changes.
 */
import type Sigma from "sigma";
import { labelDrawer } from "./labels.js";

/** How strongly the rest of the drawing is dimmed while an actor is hovered (opacity of the white veil). */
const VEIL = "rgba(255, 255, 255, 0.8)";
const TIE_COLOUR = "#555555";

/** What to draw: the hovered actor, its partners in the current selection, and their colours. */
export interface Neighbourhood {
  focus: string;
  partners: Iterable<string>;
  colourOf: (node: string) => string;
}

export interface HoverLayer {
  /** Shows `neighbourhood` (or nothing) from the next animation frame on. */
  show(neighbourhood: Neighbourhood | null): void;
  /** What is drawn now (for tests). */
  readonly shown: Neighbourhood | null;
  destroy(): void;
}

export const HOVER_LAYER_ID = "vzHover";

export function hoverLayer(sigma: Sigma): HoverLayer {
  const canvas = sigma.createCanvas(HOVER_LAYER_ID, { beforeLayer: "hovers" });
  canvas.style.pointerEvents = "none";
  const context = canvas.getContext("2d")!;
  const labels = labelDrawer();
  let shown: Neighbourhood | null = null;
  let frame = 0;

  function draw(): void {
    frame = 0;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const focus = shown && sigma.getNodeDisplayData(shown.focus);
    if (!shown || !focus) return;
    context.fillStyle = VEIL;
    context.fillRect(0, 0, width, height);
    const centre = sigma.framedGraphToViewport(focus);
    const partners = [...shown.partners].flatMap((id) => {
      const data = sigma.getNodeDisplayData(id);
      return data && !data.hidden ? [{ id, data, at: sigma.framedGraphToViewport(data) }] : [];
    });
    context.strokeStyle = TIE_COLOUR;
    context.lineWidth = 1.5;
    context.beginPath();
    for (const { at } of partners) {
      context.moveTo(centre.x, centre.y);
      context.lineTo(at.x, at.y);
    }
    context.stroke();
    for (const { id, data, at } of partners) {
      context.fillStyle = shown.colourOf(id);
      context.beginPath();
      context.arc(at.x, at.y, sigma.scaleSize(data.size), 0, Math.PI * 2);
      context.fill();
    }
    labels.newFrame();
    const settings = sigma.getSettings();
    for (const { data, at } of partners) {
      labels.drawLabel(context, { ...data, ...at, size: sigma.scaleSize(data.size), key: "" }, settings);
    }
  }

  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  // Camera moves re-render sigma's layers; this one follows in the same frame.
  const afterRender = () => {
    if (shown) draw();
  };
  sigma.on("afterRender", afterRender);

  return {
    show(neighbourhood) {
      if (shown === null && neighbourhood === null) return;
      shown = neighbourhood;
      schedule();
    },
    get shown() {
      return shown;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      sigma.off("afterRender", afterRender);
      sigma.killLayer(HOVER_LAYER_ID);
    },
  };
}
