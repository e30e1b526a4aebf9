package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.AccountResponse;
import dev.connect.adapters.stackone.wire.ConnectSessionCreateBody;
import dev.connect.adapters.stackone.wire.ConnectSessionResponse;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** The part of StackOne's REST API this project calls, as a Feign client. */
@Headers("Accept: application/json")
interface StackOneApi {

    @RequestLine("POST /connect_sessions")
    @Headers("Content-Type: application/json")
    ConnectSessionResponse createConnectSession(ConnectSessionCreateBody body);

    @RequestLine("GET /accounts/{id}")
    AccountResponse getAccount(@Param("id") String id);
}
