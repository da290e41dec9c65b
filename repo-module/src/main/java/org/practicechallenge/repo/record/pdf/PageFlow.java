package org.practicechallenge.repo.record.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text laid down A4 pages in Helvetica (a standard font every PDF reader has, so nothing is embedded): each piece
 * wrapped to its column, and a new page begun whenever the next line would not fit, so text of any length flows on.
 *
 * <p>Helvetica covers Windows-1252 only; a character outside it (a Polish letter, an emoji) prints as "?" rather
 * than stopping the whole record from printing.
 */
final class PageFlow
{
    private static final PDRectangle PAGE = PDRectangle.A4;
    /** 2 cm all round; the footer sits in the bottom margin. */
    private static final float MARGIN = 57;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** A field's label column; its value takes the rest of the line. */
    private static final float LABEL_WIDTH = 170;
    private static final float GUTTER = 10;
    private static final float BODY = 10.5f;
    private static final float SUBHEADING = 12;
    private static final float HEADING = 16;
    private static final float FOOTER = 8.5f;
    private static final float LEADING = 1.35f;

    private final PDDocument document;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument document)
    {
        this.document = document;
    }

    void heading(String text) throws IOException
    {
        lines(bold, HEADING, MARGIN, WIDTH, text);
        space(BODY);
    }

    /** A section's name on a line of its own, kept with the first line under it. */
    void subheading(String text) throws IOException
    {
        space(BODY * 0.5f);
        List<String> lines = wrap(bold, SUBHEADING, WIDTH, text);
        room(lines.size() * SUBHEADING * LEADING + BODY * LEADING);
        for (String line : lines)
        {
            line(bold, SUBHEADING, MARGIN, line);
        }
    }

    /**
     * A label and its value side by side, the value wrapped in its own column. A label too long for its column takes
     * a line of its own above the value, so label and value never interleave when read aloud or copied.
     */
    void field(String label, String value) throws IOException
    {
        List<String> labels = wrap(bold, BODY, LABEL_WIDTH, label);
        if (labels.size() > 1)
        {
            lines(bold, BODY, MARGIN, WIDTH, label);
            labels = List.of();
        }
        List<String> values = wrap(regular, BODY, WIDTH - LABEL_WIDTH - GUTTER, value);
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++)
        {
            room(BODY * LEADING);
            float baseline = y - BODY;
            if (i < labels.size())
            {
                show(bold, BODY, MARGIN, baseline, labels.get(i));
            }
            if (i < values.size())
            {
                show(regular, BODY, MARGIN + LABEL_WIDTH + GUTTER, baseline, values.get(i));
            }
            y -= BODY * LEADING;
        }
    }

    /** Running text across the full width; its own line breaks are kept. */
    void paragraph(String text) throws IOException
    {
        lines(regular, BODY, MARGIN, WIDTH, text);
    }

    void space(float points)
    {
        y -= points;
    }

    /** Ends the last page and writes {@code footer.apply(page, pages)} at the foot of every page. */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException
    {
        if (content == null)
        {
            newPage();
        }
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++)
        {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true))
            {
                String text = clean(regular, footer.apply(i + 1, pages));
                foot.beginText();
                foot.setFont(regular, FOOTER);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(text);
                foot.endText();
            }
        }
    }

    private void lines(PDFont font, float size, float x, float width, String text) throws IOException
    {
        for (String line : wrap(font, size, width, text))
        {
            line(font, size, x, line);
        }
    }

    private void line(PDFont font, float size, float x, String text) throws IOException
    {
        room(size * LEADING);
        show(font, size, x, y - size, text);
        y -= size * LEADING;
    }

    private void show(PDFont font, float size, float x, float baseline, String text) throws IOException
    {
        if (text.isEmpty())
        {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    private void room(float height) throws IOException
    {
        if (content == null || y - height < MARGIN)
        {
            newPage();
        }
    }

    private void newPage() throws IOException
    {
        if (content != null)
        {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** The text in lines no wider than {@code width}: at spaces where it can, mid-word only for a word too long. */
    private List<String> wrap(PDFont font, float size, float width, String text) throws IOException
    {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))
        {
            StringBuilder line = new StringBuilder();
            for (String word : clean(font, paragraph).split(" "))
            {
                String joined = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, joined) <= width)
                {
                    line.setLength(0);
                    line.append(joined);
                    continue;
                }
                if (!line.isEmpty())
                {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > width)
                {
                    int fits = fitting(font, size, width, rest);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of {@code word} fit in {@code width}; at least one, so wrapping always ends. */
    private int fitting(PDFont font, float size, float width, String word) throws IOException
    {
        int fits = 1;
        while (fits < word.length() && width(font, size, word.substring(0, fits + 1)) <= width)
        {
            fits++;
        }
        return fits;
    }

    private static float width(PDFont font, float size, String text) throws IOException
    {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** One line's text as Helvetica can show it: tabs as spaces, other control characters dropped, the rest "?". */
    private String clean(PDFont font, String text)
    {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c ->
        {
            if (c == '\t')
            {
                clean.append(' ');
            }
            else if (!Character.isISOControl(c))
            {
                clean.append(printable.computeIfAbsent(c, code -> encodes(font, code)) ? Character.toString(c) : "?");
            }
        });
        return clean.toString();
    }

    private static boolean encodes(PDFont font, int codePoint)
    {
        try
        {
            font.encode(Character.toString(codePoint));
            return true;
        }
        catch (IllegalArgumentException | IOException notInTheFont)
        {
            return false;
        }
    }
}
