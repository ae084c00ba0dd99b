package io.cinechrome.analysis.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan decodes, in one pass over packets in decoding order, the key frame of each group of pictures a target
 * falls in and the packets after it up to the first I or P frame at or after the group's last target (the
 * decoder leaves out the B frames among them that nothing refers to), and nothing else.
 */
class DecodePlanTest {

    private static final double FPS = 25;
    /** A key frame every 10 s. */
    private static final int GOP = 250;
    private static final int GOPS = 3;
    /** Two B frames between I and P frames. */
    private static final int B_FRAMES = 2;

    private record Packet(double seconds, boolean key) {
    }

    /** Packets of three 10 s groups of pictures in decoding order: I, then each P before the B frames shown before it. */
    private static List<Packet> packets() {
        List<Packet> packets = new ArrayList<>();
        for (int gop = 0; gop < GOPS; gop++) {
            int first = gop * GOP;
            packets.add(new Packet(first / FPS, true));
            for (int p = B_FRAMES + 1; p < GOP; p += B_FRAMES + 1) {
                packets.add(new Packet((first + p) / FPS, false));
                for (int b = B_FRAMES; b >= 1; b--) {
                    packets.add(new Packet((first + p - b) / FPS, false));
                }
            }
        }
        return packets;
    }

    private static final double[] KEYS = {0, 10, 20};

    private static List<Packet> decoded(double... targets) {
        DecodePlan plan = new DecodePlan(targets, KEYS);
        List<Packet> decoded = new ArrayList<>();
        for (Packet packet : packets()) {
            if (plan.decode(packet.seconds(), packet.key())) {
                decoded.add(packet);
            }
        }
        assertTrue(plan.done(), "every target reached");
        return decoded;
    }

    @Test
    void keyFrameTargetsDecodeTheirKeyFramesOnly() {
        assertEquals(List.of(new Packet(0, true), new Packet(20, true)), decoded(0, 20));
    }

    @Test
    void aTargetBetweenKeyFramesDecodesThePacketsFromTheKeyFrameUpToTheFirstPFrameAtOrAfterIt() {
        List<Packet> decoded = decoded(13.3);
        List<Packet> packets = packets();
        int from = packets.indexOf(new Packet(10, true));
        int to = packets.indexOf(new Packet(334 / FPS, false));
        assertEquals(packets.subList(from, to + 1), decoded, "the key frame at 10 s up to the P frame at 13.36 s");
    }

    @Test
    void groupsWithoutTargetsAreNotDecodedAndDecodingStopsAfterTheLastTarget() {
        List<Packet> decoded = decoded(12, 15);
        assertTrue(decoded.stream().allMatch(p -> p.seconds() >= 10 && p.seconds() < 15.2), decoded.toString());
        assertFalse(decoded.stream().anyMatch(p -> p.key() && p.seconds() != 10), decoded.toString());
    }

    @Test
    void aTargetAfterTheLastPFrameOfAGroupGetsTheNextKeyFrame() {
        List<Packet> decoded = decoded(9.99);
        assertEquals(new Packet(10, true), decoded.get(decoded.size() - 1));
    }
}
