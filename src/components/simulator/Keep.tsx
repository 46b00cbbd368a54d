/**
 * Renders its children once per `k`: while the key stays the same, a re-render skips diffing
 * them. Used for the parts of a result that only a refit changes (the model view, ROC and gains
 * curves), so re-tiering 100,000 rows redraws only what moved. An empty key never keeps.
 */
import { Component, type ComponentChildren } from 'preact';

export default class Keep extends Component<{ k: string; children: ComponentChildren }> {
  override shouldComponentUpdate(next: { k: string }): boolean {
    return next.k === '' || next.k !== this.props.k;
  }
  override render() {
    return this.props.children;
  }
}
