package archfixtures.adapters.stackone;

import archfixtures.domain.port.out.event.AccountEventDecoderPort;
import java.security.MessageDigest;

/** A decoder as it should compare: in constant time. */
public class ConstantTimeDecoder implements AccountEventDecoderPort {

    @Override
    public boolean verify(byte[] signature, byte[] expected) {
        return MessageDigest.isEqual(signature, expected);
    }
}
