const ROOT_FONT_SIZE_PX = 16

/**
 * Tailwind sizes in rem, and rem follows the host page's <html> font size even inside a shadow
 * root. Converting to px keeps the sidebar the same size on every page.
 */
export function pixelStyle(css: string): HTMLStyleElement {
  const style = document.createElement("style")
  style.textContent = css.replace(
    /(-?\d*\.?\d+)rem\b/g,
    (_, value: string) => `${Number(value) * ROOT_FONT_SIZE_PX}px`,
  )
  return style
}
