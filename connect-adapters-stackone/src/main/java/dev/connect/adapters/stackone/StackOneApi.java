package dev.connect.adapters.stackone;

import dev.connect.adapters.stackone.wire.AccountListResponse;
import dev.connect.adapters.stackone.wire.AccountMetaResponse;
import dev.connect.adapters.stackone.wire.AccountResponse;
import dev.connect.adapters.stackone.wire.ConnectSessionCreateBody;
import dev.connect.adapters.stackone.wire.ConnectSessionResponse;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/** The part of StackOne's REST API this project calls, as a Feign client. */
@Headers("Accept: application/json")
interface StackOneApi {

    @RequestLine("POST /connect_sessions")
    @Headers("Content-Type: application/json")
    ConnectSessionResponse createConnectSession(ConnectSessionCreateBody body);

    /** A list value becomes a repeated parameter ({@code ?providers=a&providers=b}), as StackOne reads arrays. */
    @RequestLine("GET /accounts")
    AccountListResponse listAccounts(@QueryMap Map<String, Object> query);

    @RequestLine("GET /accounts/{id}")
    AccountResponse getAccount(@Param("id") String id);

    @RequestLine("DELETE /accounts/{id}")
    AccountResponse deleteAccount(@Param("id") String id);

    @RequestLine("GET /accounts/{id}/meta")
    AccountMetaResponse getAccountMeta(@Param("id") String id);
}
