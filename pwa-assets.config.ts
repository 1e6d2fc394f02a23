import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// Every icon (favicon, 64/192/512, maskable 512, apple-touch 180) comes from one SVG logo.
export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#0f5e57' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#0f5e57' } },
  },
  images: ['public/logo.svg'],
});
