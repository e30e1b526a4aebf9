package dev.connect.adapters.nango;

import dev.connect.adapters.nango.wire.NangoConnectSessionBody;
import dev.connect.adapters.nango.wire.NangoConnectSessionResponse;
import dev.connect.adapters.nango.wire.NangoConnectionList;
import dev.connect.adapters.nango.wire.NangoProviderResponse;
import dev.connect.adapters.nango.wire.NangoReconnectBody;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** The part of Nango's HTTP API (its OpenAPI description, {@code docs/spec.yaml}) this project calls, as Feign. */
@Headers("Accept: application/json")
interface NangoApi {

    @RequestLine("POST /connect/sessions")
    @Headers("Content-Type: application/json")
    NangoConnectSessionResponse createConnectSession(NangoConnectSessionBody body);

    @RequestLine("POST /connect/sessions/reconnect")
    @Headers("Content-Type: application/json")
    NangoConnectSessionResponse reconnect(NangoReconnectBody body);

    /** {@code connectionId} (exact match, across integrations), {@code limit}, {@code page} (from 0). */
    @RequestLine("GET /connections")
    NangoConnectionList listConnections(@QueryMap Map<String, Object> query);

    @RequestLine("DELETE /connections/{connectionId}?provider_config_key={integration}")
    void deleteConnection(@Param("connectionId") String connectionId, @Param("integration") String integration);

    @RequestLine("GET /providers/{provider}")
    NangoProviderResponse provider(@Param("provider") String provider);
}
