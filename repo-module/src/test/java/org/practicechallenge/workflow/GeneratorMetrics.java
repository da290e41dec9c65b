package org.practicechallenge.workflow;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

import org.activiti.bpmn.model.GraphicInfo;
import org.activiti.image.impl.DefaultProcessDiagramCanvas;

/**
 * How much room Activiti 5.23's diagram generator gives text, measured with the generator's own canvas and fonts
 * rather than guessed:
 * <ul>
 * <li>a task's name goes in a box the canvas works out from the task's bounds ({@code drawTask} passes it to
 * {@code drawMultilineText}); a name taller than that box is cut short with "...";</li>
 * <li>a sequence flow's name is drawn at the top left of its {@code BPMNLabel} bounds in the canvas's label font,
 * wrapped at 100 px ({@code drawLabel}, not centred), whatever width the bounds give.</li>
 * </ul>
 */
final class GeneratorMetrics extends DefaultProcessDiagramCanvas
{
    /** The generator wraps a flow's label at this width, fixed in {@code drawLabel}. */
    static final int LABEL_WRAP_WIDTH = 100;
    private static final String FONT = "SansSerif";

    private final List<String> cut = new ArrayList<>();

    GeneratorMetrics()
    {
        super(10, 10, 0, 0, "png", FONT, FONT, FONT, null); // sets the fonts, LABEL_FONT among them
    }

    /** Empty when the generator draws {@code name} whole in a task with these bounds, else why not. */
    List<String> taskNameCut(String name, GraphicInfo bounds)
    {
        cut.clear();
        drawTask(name, bounds);
        return List.copyOf(cut);
    }

    @Override
    protected void drawMultilineText(String text, int x, int y, int boxWidth, int boxHeight, boolean centered)
    {
        // The same line breaking and line heights as the generator's drawMultilineText, which cuts at boxHeight.
        LineBreakMeasurer lines = new LineBreakMeasurer(styled(text, g.getFont()), g.getFontRenderContext());
        int height = 0;
        while (lines.getPosition() < text.length())
        {
            TextLayout line = lines.nextLayout(boxWidth);
            height += (int) (line.getAscent() + line.getDescent() + line.getLeading());
        }
        if (height > boxHeight)
        {
            cut.add("'" + text + "' needs " + height + " px of a " + boxWidth + " x " + boxHeight + " px box");
        }
        super.drawMultilineText(text, x, y, boxWidth, boxHeight, centered);
    }

    /** The area a flow label's text covers when drawn from {@code (x, y)}, as {@code drawLabel} lays it out. */
    Rectangle2D labelText(String text, double x, double y)
    {
        LineBreakMeasurer lines = new LineBreakMeasurer(styled(text, LABEL_FONT), new FontRenderContext(null, true, false));
        double width = 0;
        double height = 0;
        while (lines.getPosition() < text.length())
        {
            TextLayout line = lines.nextLayout(LABEL_WRAP_WIDTH);
            width = Math.max(width, line.getVisibleAdvance());
            height += line.getAscent() + line.getDescent() + line.getLeading();
        }
        return new Rectangle2D.Double(x, y, width, height);
    }

    private static java.text.AttributedCharacterIterator styled(String text, Font font)
    {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        return styled.getIterator();
    }
}
