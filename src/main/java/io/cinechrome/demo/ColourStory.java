package io.cinechrome.demo;

import io.cinechrome.colour.OkLab;
import io.cinechrome.colour.Rgb;
import java.util.List;

/**
 * A demo film's colours over time: sky, ground and a light (sun, moon, neon sign), each a list of colours
 * spread evenly over the film and blended in OKLab between them.
 *
 * @param sky    colours at the top of the picture
 * @param ground colours at the bottom
 * @param light  colours of the moving light
 */
record ColourStory(List<Rgb> sky, List<Rgb> ground, List<Rgb> light) {

    ColourStory {
        sky = List.copyOf(sky);
        ground = List.copyOf(ground);
        light = List.copyOf(light);
        if (sky.isEmpty() || ground.isEmpty() || light.isEmpty()) {
            throw new IllegalArgumentException("a colour story needs at least one colour per layer");
        }
    }

    /** Builds a story from {@code #rrggbb} lists. */
    static ColourStory of(List<String> sky, List<String> ground, List<String> light) {
        return new ColourStory(parse(sky), parse(ground), parse(light));
    }

    private static List<Rgb> parse(List<String> hexes) {
        return hexes.stream().map(Rgb::parse).toList();
    }

    /** A layer's colour at {@code progress} (0 = start, 1 = end). */
    static OkLab at(List<Rgb> layer, double progress) {
        if (layer.size() == 1) {
            return OkLab.of(layer.get(0));
        }
        double position = Math.max(0, Math.min(1, progress)) * (layer.size() - 1);
        int from = Math.min(layer.size() - 2, (int) Math.floor(position));
        double t = position - from;
        OkLab x = OkLab.of(layer.get(from));
        OkLab y = OkLab.of(layer.get(from + 1));
        return mix(x, y, t);
    }

    /** The colour {@code t} of the way from {@code x} to {@code y}. */
    static OkLab mix(OkLab x, OkLab y, double t) {
        return new OkLab(x.l() + (y.l() - x.l()) * t, x.a() + (y.a() - x.a()) * t, x.b() + (y.b() - x.b()) * t);
    }
}
