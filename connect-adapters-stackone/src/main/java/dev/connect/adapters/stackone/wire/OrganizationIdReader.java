package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * A connect session's {@code organization_id}: a number in StackOne's published schema (its official SDKs reject a
 * string). Read as a number; a string of digits is read as that number, and any other string is tolerated as no
 * id, because connect never needs the value and must not fail a session over it.
 */
public final class OrganizationIdReader extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText().trim();
            return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
        }
        parser.skipChildren();
        return null;
    }
}
