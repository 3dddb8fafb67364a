using Defis.Dashboard.Telemetry;
using Grpc.Core;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Defis.Dashboard.Otlp;

/// <summary>OTLP/gRPC: refuses a wrong key (UNAUTHENTICATED) and a full queue (UNAVAILABLE, which exporters retry).</summary>
internal static class OtlpGrpcIngest
{
    public static long Now(TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000;

    public static async Task AcceptAsync(TelemetryIngest ingest, OtlpApiKey key, TelemetryBatch batch, ServerCallContext context)
    {
        if (!key.Accepts(context.RequestHeaders.GetValue(OtlpApiKey.Header)))
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "Missing or wrong x-otlp-api-key."));
        }
        if (!await ingest.TryEnqueueAsync(batch, context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "Telemetry queue full; retry later."));
        }
    }
}

public sealed class OtlpTraceService(TelemetryIngest ingest, OtlpApiKey key, TimeProvider time) : TraceService.TraceServiceBase
{
    public override async Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcIngest.AcceptAsync(ingest, key, OtlpMapper.Map(request, OtlpGrpcIngest.Now(time)), context);
        return new ExportTraceServiceResponse();
    }
}

public sealed class OtlpLogsService(TelemetryIngest ingest, OtlpApiKey key, TimeProvider time) : LogsService.LogsServiceBase
{
    public override async Task<ExportLogsServiceResponse> Export(ExportLogsServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcIngest.AcceptAsync(ingest, key, OtlpMapper.Map(request, OtlpGrpcIngest.Now(time)), context);
        return new ExportLogsServiceResponse();
    }
}

public sealed class OtlpMetricsService(TelemetryIngest ingest, OtlpApiKey key, TimeProvider time) : MetricsService.MetricsServiceBase
{
    public override async Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
    {
        await OtlpGrpcIngest.AcceptAsync(ingest, key, OtlpMapper.Map(request, OtlpGrpcIngest.Now(time)), context);
        return new ExportMetricsServiceResponse();
    }
}
