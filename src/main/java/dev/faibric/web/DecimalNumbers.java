package dev.faibric.web;

import java.beans.PropertyEditorSupport;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in paths and query strings are plain decimal: {@code 42} or {@code -1},
 * never {@code 0x2A}, {@code +42}, {@code 042}, {@code 4.2e1} or {@code " 42"}, and never
 * beyond the type's range. Spring's own conversion falls back to {@code Long.decode},
 * which reads the first three, and trims the last; an editor of ours comes first.
 */
@ControllerAdvice
class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    @InitBinder
    void decimalNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal(Long.MIN_VALUE, Long.MAX_VALUE, false, v -> v));
        binder.registerCustomEditor(Long.class, new Decimal(Long.MIN_VALUE, Long.MAX_VALUE, true, v -> v));
        binder.registerCustomEditor(int.class, new Decimal(Integer.MIN_VALUE, Integer.MAX_VALUE, false, v -> (int) v));
        binder.registerCustomEditor(Integer.class,
                new Decimal(Integer.MIN_VALUE, Integer.MAX_VALUE, true, v -> (int) v));
    }

    static long parse(String text, long min, long max) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        try {
            long value = Long.parseLong(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("out of range");
            }
            return value;
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("out of range");
        }
    }

    private static final class Decimal extends PropertyEditorSupport {

        private final long min;

        private final long max;

        private final boolean emptyIsNull;

        private final LongFunction<Object> box;

        Decimal(long min, long max, boolean emptyIsNull, LongFunction<Object> box) {
            this.min = min;
            this.max = max;
            this.emptyIsNull = emptyIsNull;
            this.box = box;
        }

        @Override
        public void setAsText(@Nullable String text) {
            if (text == null || (emptyIsNull && text.isEmpty())) {
                setValue(null);
                return;
            }
            setValue(box.apply(parse(text, min, max)));
        }

    }

}
