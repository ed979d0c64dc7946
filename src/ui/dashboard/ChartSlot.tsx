import { makeStyles } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';

// Charts come from @fluentui/react-charts (d3 underneath), in a chunk of their own that loads after the tables:
// every figure is in a table already, so a chart that cannot load or draw leaves the page as it is.
const FunctionChart = lazy(() => import(/* webpackChunkName: "charts" */ './FunctionChart'));

class Quietly extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

const useStyles = makeStyles({ figure: { margin: 0 } });

/** A bar chart of `bars`, which the table after it holds as text; nothing if charts cannot load or draw. */
export function BarChartSlot(props: { bars: readonly { label: string; value: number }[]; title: string }) {
  const styles = useStyles();
  return (
    <Quietly>
      <Suspense fallback={null}>
        <figure className={styles.figure} aria-label={props.title}>
          <FunctionChart bars={props.bars} title={props.title} />
        </figure>
      </Suspense>
    </Quietly>
  );
}
