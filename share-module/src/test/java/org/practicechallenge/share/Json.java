package org.practicechallenge.share;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes the maps, lists and values a controller's model holds as JSON, as Surf does for widget options. */
final class Json
{
    private Json()
    {
    }

    static String write(Object value)
    {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out)
    {
        if (value == null)
        {
            out.append("null");
        }
        else if (value instanceof Map)
        {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = ((Map<?, ?>) value).entrySet().iterator();
            while (entries.hasNext())
            {
                Map.Entry<?, ?> entry = entries.next();
                string(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
                if (entries.hasNext())
                {
                    out.append(',');
                }
            }
            out.append('}');
        }
        else if (value instanceof List)
        {
            out.append('[');
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++)
            {
                if (i > 0)
                {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        }
        else if (value instanceof Number)
        {
            double number = ((Number) value).doubleValue();
            out.append(number == Math.rint(number) && !Double.isInfinite(number) ? String.valueOf((long) number) : String.valueOf(number));
        }
        else if (value instanceof Boolean)
        {
            out.append(value);
        }
        else
        {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out)
    {
        out.append('"');
        for (char c : text.toCharArray())
        {
            switch (c)
            {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                // Keeps "</script>" inside a value from closing the page's script element.
                case '<': out.append("\\u003c"); break;
                case '>': out.append("\\u003e"); break;
                case '&': out.append("\\u0026"); break;
                default:
                    if (c < 0x20)
                    {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else
                    {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
