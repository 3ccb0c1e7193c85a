package dev.faibric.generation.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A prompt or change request: a JSON string of visible text (surrounding whitespace
 * aside; see {@link dev.faibric.web.InputText}) of at most
 * {@code FAIBRIC_GENERATION_PROMPT_MAX_LENGTH} characters. Numbers and booleans are not
 * coerced to text (the application's JSON is strict). The messages say what to send
 * instead.
 */
@Documented
@Constraint(validatedBy = RequestTextValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@interface RequestText {

    /**
     * What the text is, as the messages name it: {@code prompt}, {@code change request}.
     */
    String what();

    /** What to send instead of nothing, e.g. {@code describe the app you want}. */
    String example();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

}
