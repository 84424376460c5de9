import type { Config } from 'tailwindcss'

export default {
  content: ['./app/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        // Rice-field green for actions and the brand, lotus gold for OCOP stars.
        brand: {
          50: '#effaf3',
          100: '#d8f3e1',
          200: '#b3e5c6',
          300: '#80d0a3',
          400: '#4bb47c',
          500: '#289860',
          600: '#1a7a4c',
          700: '#166140',
          800: '#144e35',
          900: '#11402d',
          950: '#082419',
        },
        star: {
          50: '#fffaeb',
          100: '#fef0c7',
          300: '#fcd34d',
          400: '#f5b416',
          500: '#e39a0b',
          600: '#c27506',
          700: '#9a530a',
        },
      },
      fontFamily: {
        sans: [
          '"Be Vietnam Pro"',
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Noto Sans"',
          '"Helvetica Neue"',
          'Arial',
          'sans-serif',
        ],
      },
    },
  },
  plugins: [],
} satisfies Config
