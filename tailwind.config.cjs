/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ["./src/ui/**/*.tsx", "./src/contents/**/*.tsx", "./src/options.tsx"],
  theme: { extend: {} },
  plugins: [],
}
