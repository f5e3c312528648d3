/**
 * Node labels that stay readable: a white halo behind the text; placed left of the node when the text
 * would run past the right edge and fits on the left (sigma's default always writes to the right); and a
 * label that would overlap one already drawn in the same frame is left out (sigma's label grid only thins
 * labels per cell, so long German names still collide). The hovered actor's label is always drawn.
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

const GAP = 3;
const TEXT_COLOUR = "#1A1A1A";

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the label of a node goes: x of the text start. */
function textStart(context: CanvasRenderingContext2D, x: number, size: number, width: number): number {
  const right = x + size + GAP;
  const flip = right + width > context.canvas.clientWidth && x - size - GAP - width >= 0;
  return flip ? x - size - GAP - width : right;
}

/** Label drawing functions sharing the boxes drawn in the current frame; call `newFrame` before each render. */
export function labelDrawer(): {
  drawLabel: NodeLabelDrawingFunction;
  drawHover: NodeHoverDrawingFunction;
  newFrame: () => void;
} {
  let drawn: Box[] = [];

  function write(context: CanvasRenderingContext2D, label: string, x: number, y: number): void {
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = "rgba(255, 255, 255, 0.92)";
    context.strokeText(label, x, y);
    context.fillStyle = TEXT_COLOUR;
    context.fillText(label, x, y);
  }

  const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const fontSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const x = textStart(context, data.x, data.size, width);
    const y = data.y + fontSize / 3;
    const box = { left: x - 2, top: y - fontSize, right: x + width + 2, bottom: y + 3 };
    const overlaps = drawn.some(
      (b) => box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom,
    );
    if (overlaps) return;
    drawn.push(box);
    write(context, data.label, x, y);
  };

  const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
    const fontSize = settings.labelSize;
    context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
    context.fillStyle = "#FFF";
    context.shadowBlur = 8;
    context.shadowColor = "#000";
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    context.fill();
    if (data.label) {
      const width = context.measureText(data.label).width;
      const x = textStart(context, data.x, data.size, width);
      context.fillRect(x - 3, data.y - fontSize / 2 - 3, width + 6, fontSize + 6);
      context.shadowBlur = 0;
      write(context, data.label, x, data.y + fontSize / 3);
    }
    context.shadowBlur = 0;
  };

  return { drawLabel, drawHover, newFrame: () => (drawn = []) };
}
