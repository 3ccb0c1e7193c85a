package dev.faibric.classification;

import dev.faibric.project.AppType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keyword evidence for each app type: every keyword found in a prompt adds its weight to
 * its type; multi-word phrases ("tic tac toe", "landing page") weigh more than single
 * words.
 */
final class AppTypeKeywords {

    /**
     * Keywords of at least this weight name the kind of app outright: "landing page",
     * "dashboard", "tic tac toe".
     */
    static final int STRONG = 7;

    private static final Map<AppType, Map<String, Integer>> KEYWORDS = new EnumMap<>(AppType.class);

    static {
        KEYWORDS.put(AppType.GAME, weights(
                "game 5, play 2, player 3, tic tac toe 8, tictactoe 8, snake 4, tetris 6, chess 6, sudoku 6, puzzle 4, "
                        + "memory match 6, trivia 4, quiz 3, score 1, arcade 5, pong 6, wordle 6, minesweeper 6, "
                        + "hangman 6, breakout 5, flappy 5, 2048 6, solitaire 6, connect four 7, rock paper scissors 8, dice 3"));
        KEYWORDS.put(AppType.DASHBOARD, weights(
                "dashboard 8, analytics 6, metrics 5, kpi 6, kpis 6, chart 3, charts 3, graph 3, graphs 3, report 3, "
                        + "reports 3, admin panel 6, admin 3, monitoring 5, statistics 4, stats 3, overview 2, sales 2, "
                        + "revenue 3, insights 3, visualization 4, visualisation 4"));
        KEYWORDS.put(AppType.FORM,
                weights("form 6, survey 7, questionnaire 7, registration 5, register 3, sign up 4, signup 4, rsvp 7, "
                        + "application form 8, feedback 4, contact form 8, booking form 8, order form 8, poll 5, "
                        + "enquiry 4, inquiry 4, checkout 3, submit 2, intake 5"));
        KEYWORDS.put(AppType.TOOL, weights(
                "calculator 8, calculate 5, converter 8, convert 5, timer 6, stopwatch 7, countdown 6, pomodoro 7, "
                        + "generator 6, counter 4, tip 3, bmi 6, mortgage 5, loan 4, interest 3, currency 4, unit 3, "
                        + "password 3, color picker 6, colour picker 6, palette 3, qr 4, word count 7, character count 7, "
                        + "random 3, dice roller 6, clock 4, calendar 2, tool 5, utility 5, formatter 6, validator 4, "
                        + "budget calculator 8, split 3"));
        KEYWORDS.put(AppType.WEBAPP, weights(
                "todo 8, to do 6, to-do 8, task 4, tasks 4, kanban 8, board 3, notes 6, note taking 7, tracker 6, "
                        + "track 3, habit 6, journal 5, diary 5, planner 6, organizer 5, organiser 5, crm 6, inventory 5, "
                        + "expense 5, expenses 5, budget 3, chat 4, remembers 5, save 2, saves 2, manage 4, manager 4, "
                        + "list 3, shopping list 7, recipe book 5, bookmarks 5, app 1, web app 5, webapp 5, application 2, "
                        + "login 3, accounts 3, users 2, database 3, store data 5"));
        KEYWORDS.put(AppType.WEBSITE, weights(
                "website 8, web site 8, landing page 10, landing 5, homepage 7, home page 7, portfolio 8, blog 6, "
                        + "site 5, page 2, restaurant 5, bakery 6, cafe 5, café 5, coffee shop 6, salon 5, studio 3, "
                        + "agency 5, business 3, shop 2, company 4, startup 4, product page 7, personal 3, resume 5, "
                        + "cv 4, wedding 4, event 2, conference 3, church 4, gym 4, hotel 4, menu 3, about us 5, "
                        + "photography 4, band 4, musician 4, nonprofit 5, charity 5, school 3, clinic 4, dentist 5, "
                        + "plumber 5, law firm 6, real estate 5"));
    }

    private AppTypeKeywords() {
    }

    /**
     * What the words of a prompt say: the keyword score of each type, in the order of
     * {@link AppTypeClassifier#TYPES}, and the type whose strong phrase comes first in
     * the prompt (its head noun: "a landing page for my puzzle game" is a website), or -1
     * if none.
     */
    record Evidence(int[] scores, int firstStrong) {

        static final Evidence NONE = new Evidence(new int[AppTypeClassifier.TYPES.size()], -1);

        boolean any() {
            return firstStrong >= 0 || Arrays.stream(scores).anyMatch(s -> s > 0);
        }
    }

    static Evidence evidence(String prompt) {
        String text = " " + prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9é]+", " ").strip() + " ";
        List<AppType> types = AppTypeClassifier.TYPES;
        int[] scores = new int[types.size()];
        int firstStrong = -1;
        int firstAt = Integer.MAX_VALUE;
        for (int t = 0; t < scores.length; t++) {
            for (Map.Entry<String, Integer> keyword : KEYWORDS.get(types.get(t)).entrySet()) {
                int at = find(text, keyword.getKey());
                if (at >= 0) {
                    scores[t] += keyword.getValue();
                    if (keyword.getValue() >= STRONG && at < firstAt) {
                        firstStrong = t;
                        firstAt = at;
                    }
                }
            }
        }
        return new Evidence(scores, firstStrong);
    }

    /**
     * Where the whole words of {@code keyword} (or its plural in -s) start in
     * {@code text}, or -1.
     */
    private static int find(String text, String keyword) {
        int at = text.indexOf(" " + keyword + " ");
        int plural = text.indexOf(" " + keyword + "s ");
        return at < 0 ? plural : plural < 0 ? at : Math.min(at, plural);
    }

    private static Map<String, Integer> weights(String spec) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String e = entry.strip();
            int space = e.lastIndexOf(' ');
            weights.put(e.substring(0, space).replace("-", " "), Integer.parseInt(e.substring(space + 1)));
        }
        return weights;
    }

}
