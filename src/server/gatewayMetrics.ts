import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { UpstreamCallReport } from '../upstream/createUpstreamClient.ts';

/**
 * Prometheus metrics of one gateway instance, on its own registry so several gateways (tests)
 * never share counters: GraphQL operations by view, name and outcome; Oro calls by view,
 * resource, method and status; executor batch sizes when the executor reports them.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operations: Counter<'view' | 'operation' | 'outcome'>;
  private readonly operationSeconds: Histogram<'view' | 'operation' | 'outcome'>;
  private readonly upstream: Counter<'view' | 'resource' | 'method' | 'status'>;
  private readonly upstreamSeconds: Histogram<'view' | 'resource' | 'method' | 'status'>;
  private readonly batchSize: Histogram<'view' | 'resource'>;

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    this.operations = new Counter({ name: 'oro_graphql_operations_total', help: 'GraphQL operations by view, operation name and outcome', labelNames: ['view', 'operation', 'outcome'], registers: [this.registry] });
    this.operationSeconds = new Histogram({
      name: 'oro_graphql_operation_duration_seconds',
      help: 'GraphQL operation duration',
      labelNames: ['view', 'operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25],
      registers: [this.registry],
    });
    this.upstream = new Counter({ name: 'oro_upstream_requests_total', help: 'Oro JSON:API requests by view, resource, method and status (or failure kind)', labelNames: ['view', 'resource', 'method', 'status'], registers: [this.registry] });
    this.upstreamSeconds = new Histogram({
      name: 'oro_upstream_request_duration_seconds',
      help: 'Oro JSON:API request duration, retries included',
      labelNames: ['view', 'resource', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.batchSize = new Histogram({ name: 'oro_executor_batch_size', help: 'Keys per batched Oro request', labelNames: ['view', 'resource'], buckets: [1, 2, 5, 10, 20, 50, 100], registers: [this.registry] });
  }

  observeOperation(view: string, operation: string, outcome: 'success' | 'error' | 'partial', seconds: number): void {
    this.operations.inc({ view, operation, outcome });
    this.operationSeconds.observe({ view, operation, outcome }, seconds);
  }

  observeUpstream(report: UpstreamCallReport): void {
    const labels = { view: report.view, resource: report.resource, method: report.method, status: String(report.outcome) };
    this.upstream.inc(labels);
    this.upstreamSeconds.observe(labels, report.durationMs / 1000);
  }

  observeBatch(view: string, resource: string, size: number): void {
    this.batchSize.observe({ view, resource }, size);
  }
}
