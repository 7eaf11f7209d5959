/** Excel column width (characters of the default font) ⇄ Sheets pixels. */
export function pixelsOfWidth(width: number): number {
  return Math.round(width * 7 + 5);
}

export function widthOfPixels(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}
