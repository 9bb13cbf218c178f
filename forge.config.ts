// Electron Forge configuration (Forge 7.11 on Node 20). Forge is not a dependency here: its Vite plugin and
// makers download Electron and packaging tools, which these build machines cannot (stack-notes.md). Our own
// `npm run build` produces dist/electron and dist/renderer, so Forge only needs to package and make.
// On a machine with network access: `npx @electron-forge/cli@7.11 make`.
interface ForgeConfigShape {
  packagerConfig: {
    name: string;
    executableName: string;
    asar: { unpack: string };
    extraResource: string[];
    ignore: RegExp[];
  };
  makers: Array<{ name: string; config: Record<string, unknown>; platforms?: string[] }>;
}

const config: ForgeConfigShape = {
  packagerConfig: {
    name: 'RoadGIS',
    executableName: 'roadgis',
    asar: { unpack: '**/*.wasm' },
    extraResource: ['resources'], // → process.resourcesPath/resources, as electron-builder.yml
    ignore: [/^\/(src|tests|bench|scripts|\.ci|reports|test-results)\//u, /\.map$/u],
  },
  makers: [
    { name: '@electron-forge/maker-squirrel', config: { name: 'RoadGIS' }, platforms: ['win32'] },
    {
      name: '@electron-forge/maker-deb',
      config: { options: { categories: ['Science'] } },
      platforms: ['linux'],
    },
  ],
};

export default config;
