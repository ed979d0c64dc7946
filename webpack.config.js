// Production build of the tab. swc transpiles (fast); `npm run typecheck` does the type checking.
const { join } = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

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
      // Vendor code changes rarely: a separate chunk keeps it cached across our releases.
      splitChunks: {
        chunks: 'all',
        cacheGroups: { vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'all' } },
      },
      runtimeChunk: 'single',
    },
    plugins: [new HtmlWebpackPlugin({ template: './public/index.html', scriptLoading: 'defer' })],
    performance: { hints: false },
  };
};
