module.exports = { plugins: { tailwindcss: {} } }
