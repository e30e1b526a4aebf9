package archfixtures.adapters.stackone;

import archfixtures.domain.port.out.event.AccountEventDecoderPort;
import java.util.Arrays;

/** Wrong on purpose: compares a signature with Arrays.equals, which stops at the first wrong byte. */
public class EqualsDecoder implements AccountEventDecoderPort {

    @Override
    public boolean verify(byte[] signature, byte[] expected) {
        return Arrays.equals(signature, expected);
    }
}
