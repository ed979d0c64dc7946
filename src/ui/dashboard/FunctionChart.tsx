import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';

/** One bar per function: what the table beside it says, drawn (the table is the chart's text alternative). */
export function FunctionChart(props: { bars: readonly { label: string; value: number }[]; title: string }) {
  return (
    <HorizontalBarChartWithAxis
      chartTitle={props.title}
      data={props.bars.map((bar) => ({ x: bar.value, y: bar.label, legend: bar.label }))}
      hideLegend
      height={Math.max(160, props.bars.length * 28)}
    />
  );
}

export default FunctionChart;
