// Every test runs as Node programs do: with the English strings added (the tab loads them only for English users).
import '../../src/domain/i18n/english';
