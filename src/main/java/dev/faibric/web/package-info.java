/** The platform's web shell: the single-page UI's routes and the API's error answers. */
@NullMarked
package dev.faibric.web;

import org.jspecify.annotations.NullMarked;
