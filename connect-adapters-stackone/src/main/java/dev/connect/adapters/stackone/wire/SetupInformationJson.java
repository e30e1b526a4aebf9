package dev.connect.adapters.stackone.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connect.domain.model.account.SetupInformation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * StackOne's {@code setup_information} object as the domain keeps it: text values as they are, a nested value as its
 * JSON text, a null left out. Absent or null: empty.
 */
public final class SetupInformationJson {

    private SetupInformationJson() {
    }

    /**
     * @throws IllegalArgumentException when the value is not an object
     * @throws dev.connect.domain.model.error.InvalidRequestException when it breaks the domain's limits
     */
    public static Optional<SetupInformation> toDomain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("setup_information must be an object");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (!value.isNull()) {
                entries.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return Optional.of(new SetupInformation(entries));
    }
}
