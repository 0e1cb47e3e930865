package vn.phoihop.agency;

/**
 * A violation category as the REST API lists it, with the Criminal Code article(s) most referred to
 * when such a case shows signs of crime ({@code null} where none is recorded).
 */
record ViolationCategoryView(String code, String name, String criminalCodeArticle) {

  CodeName toCodeName() {
    return new CodeName(code, name);
  }
}
