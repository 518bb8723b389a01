/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ["./src/ui/**/*.tsx", "./src/contents/**/*.tsx", "./src/options.tsx"],
  // Preflight styles whole pages; the sidebar resets only what it uses (ui/style.css), which
  // keeps the content script small.
  corePlugins: { preflight: false },
  theme: { extend: {} },
  plugins: [],
}
