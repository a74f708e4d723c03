package org.ilo.helpdesk.ssg.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The intrinsic size of an image file, written as {@code width} and {@code height} on {@code <img>} so
 * that the browser reserves its space before it loads and the text does not jump.
 */
final class ImageSize {

    private ImageSize() {
    }

    /** {@code width} and {@code height}, or nothing for a format the JDK cannot read (such as SVG). */
    static Map<String, String> of(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Map.of();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Map.of();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                Map<String, String> size = new LinkedHashMap<>();
                size.put("width", Integer.toString(reader.getWidth(0)));
                size.put("height", Integer.toString(reader.getHeight(0)));
                return size;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Map.of();
        }
    }
}
