/**
 * Node labels that stay readable: a white halo behind the text, and placed left of the node when the
 * text would run past the right edge of the drawing and fits on the left (sigma's default always writes to
 * the right).
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";

const GAP = 3;
const TEXT_COLOUR = "#1A1A1A";

/** Where the label of a node goes: x of the text start, and whether it sits left of the node. */
function placement(context: CanvasRenderingContext2D, x: number, size: number, width: number) {
  const right = x + size + GAP;
  const left = right + width > context.canvas.clientWidth && x - size - GAP - width >= 0;
  return { left, textX: left ? x - size - GAP - width : right };
}

export const drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  const fontSize = settings.labelSize;
  context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const { textX } = placement(context, data.x, data.size, context.measureText(data.label).width);
  const y = data.y + fontSize / 3;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = "rgba(255, 255, 255, 0.92)";
  context.strokeText(data.label, textX, y);
  context.fillStyle = TEXT_COLOUR;
  context.fillText(data.label, textX, y);
};

export const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
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
    const { textX } = placement(context, data.x, data.size, width);
    context.fillRect(textX - 3, data.y - fontSize / 2 - 3, width + 6, fontSize + 6);
  }
  context.shadowBlur = 0;
  drawLabel(context, data, settings);
};
