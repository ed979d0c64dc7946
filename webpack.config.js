// Production build of the tab. swc transpiles (fast); `npm run typecheck` does the type checking.
const { join } = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');

/** @returns {import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: { main: './src/main.tsx' },
    output: {
      path: join(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Our modules only declare and export; none acts when imported. Saying so lets webpack drop what a barrel
          // (src/domain/index.ts) re-exports but the tab never uses, such as the dashboards' aggregation.
          sideEffects: false,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        },
      ],
    },
    optimization: {
      // Vendor code changes rarely: a separate chunk keeps it cached across our releases. Only the libraries the
      // page needs at start go there (`chunks: 'initial'`): a named cache group over all chunks would pull every
      // library, also those only an `import()` reaches (charts, Excel, cards), into the one chunk index.html
      // loads, https://webpack.js.org/plugins/split-chunks-plugin/#splitchunksname. What `import()` reaches
      // stays in lazy chunks that load when it runs; `npm run bench:bundle` measures the initial part.
      splitChunks: {
        // The dashboard's worker keeps every module it needs in its own chunk: a chunk it shared with the page
        // would join the page's first chunks and load with the tab.
        chunks: (chunk) => chunk.name !== 'dashboard-worker',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'initial' },
          // Our modules that lazy chunks share go to lazy chunks of their own; split off the tab's first chunk,
          // they would only add a file (and its overhead) to what every user loads.
          default: false,
        },
      },
      runtimeChunk: 'single',
    },
    plugins: [
      new HtmlWebpackPlugin({ template: './public/index.html', scriptLoading: 'defer' }),
      // pptxgenjs reaches `node:fs` and `node:https` through import() on its Node path only, and its package.json
      // maps `fs` and `https` to false for browsers: without the scheme, webpack applies that mapping.
      new webpack.NormalModuleReplacementPlugin(/^node:(fs|https)$/, (resource) => {
        resource.request = resource.request.slice('node:'.length);
      }),
    ],
    performance: { hints: false },
  };
};
