package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of StackOne's {@code GET /accounts}: a JSON array of accounts, or (as one page of StackOne's docs shows)
 * an object whose {@code data} member is that array. Both are read; anything else is not StackOne's answer.
 */
@JsonDeserialize(using = AccountListResponse.Reader.class)
public record AccountListResponse(List<AccountResponse> accounts) {

    public AccountListResponse {
        accounts = List.copyOf(accounts);
    }

    static final class Reader extends JsonDeserializer<AccountListResponse> {

        @Override
        public AccountListResponse deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode root = parser.readValueAsTree();
            JsonNode items = root != null && root.isObject() ? root.get("data") : root;
            if (items == null || !items.isArray()) {
                return context.reportInputMismatch(AccountListResponse.class,
                        "an account list is a JSON array or an object with a 'data' array");
            }
            List<AccountResponse> accounts = new ArrayList<>();
            for (JsonNode item : items) {
                accounts.add(context.readTreeAsValue(item, AccountResponse.class));
            }
            return new AccountListResponse(accounts);
        }
    }
}
