package dev.connect.provider.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connect.domain.model.account.AccountId;
import dev.connect.domain.model.error.ErrorCode;
import dev.connect.domain.model.error.WebhookRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSupportTest {

    private static final byte[] BODY = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    private static byte[] mac(String secret, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(body);
    }

    @Test
    void aSignatureUnderAnyConfiguredSecretMatchesAndNothingElseDoes() throws GeneralSecurityException {
        HmacSha256Signatures rotating = new HmacSha256Signatures(List.of("new-secret", "old-secret"));
        byte[] nearlyRight = mac("new-secret", BODY);
        nearlyRight[31] ^= 1;
        byte[] wrongFirstByte = mac("new-secret", BODY);
        wrongFirstByte[0] ^= 1;
        List<byte[]> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(mac("old-secret", BODY));

        assertThat(rotating.anyMatches(BODY, List.of(mac("new-secret", BODY)))).isTrue();
        assertThat(rotating.anyMatches(BODY, List.of(mac("old-secret", BODY)))).isTrue();
        assertThat(rotating.anyMatches(BODY, withNull)).isTrue();
        assertThat(rotating.anyMatches(BODY, List.of(mac("retired", BODY)))).isFalse();
        assertThat(rotating.anyMatches(BODY, List.of(nearlyRight, wrongFirstByte))).isFalse();
        assertThat(rotating.anyMatches(BODY, List.of(Arrays.copyOf(mac("new-secret", BODY), 16)))).isFalse();
        assertThat(rotating.anyMatches("{\"a\":2}".getBytes(StandardCharsets.UTF_8), List.of(mac("new-secret", BODY))))
                .isFalse();
        assertThat(rotating.anyMatches(BODY, List.of())).isFalse();
        assertThat(rotating.toString()).doesNotContain("new-secret").doesNotContain("old-secret").contains("2");
    }

    @Test
    void secretsAreRequiredAndNeverQuoted() {
        assertThatThrownBy(() -> new HmacSha256Signatures(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacSha256Signatures(List.of("kept-secret", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("kept-secret");
        assertThat(HmacSha256Signatures.commaSeparated(" a , ,b,")).containsExactly("a", "b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[1]", "\"x\"", "{\"a\":", "{\"a\":1,\"a\":2}"})
    void aSignedBodyThatIsNotOneJsonObjectIsMalformed(String body) {
        assertThatThrownBy(() -> SignedJson.object(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WebhookRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EVENT_MALFORMED));
    }

    @Test
    void invalidUtf8IsMalformedAndFieldsAreNamed() {
        byte[] overlongSlash = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThatThrownBy(() -> SignedJson.object(overlongSlash)).hasMessageContaining("UTF-8");

        var object = SignedJson.object("{\"id\":\"../x\",\"n\":1,\"blank\":\" \",\"date\":\"1969-12-31T23:59:59Z\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SignedJson.required(object, "id", AccountId::new)).hasMessageContaining("'id'");
        assertThatThrownBy(() -> SignedJson.required(object, "missing", Function.identity()))
                .hasMessageContaining("missing required field 'missing'");
        assertThatThrownBy(() -> SignedJson.required(object, "n", Function.identity()))
                .hasMessageContaining("'n' must be a string");
        assertThat(SignedJson.optional(object, "blank", Function.identity())).isEmpty();
        assertThat(SignedJson.optional(object, "absent", Function.identity())).isEmpty();
        assertThatThrownBy(() -> SignedJson.requiredDate(object, "date")).hasMessageContaining("'date' must be between");
    }
}
