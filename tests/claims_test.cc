// The binder's structures, one behaviour each, in the words news copy uses.
#include <gtest/gtest.h>

#include <algorithm>

#include "rehope/rehope.h"

namespace rehope {
namespace {

const Extractor& extractor() {
  static const auto* e = new Extractor(Extractor::with_default_patterns());
  return *e;
}

const Claim* claim_with(const Summary& s, Category c, std::int64_t value) {
  for (const auto& claim : s.claims) {
    if (claim.category == c && claim.value == value) return &claim;
  }
  return nullptr;
}

TEST(Binder, ObjectCountAfterArrestVerb) {
  const auto s = extractor().analyze("Troopers arrested 14 men for patronizing a prostitute.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 14);
}

TEST(Binder, CoordinatedSubCountsShareTheirCharge) {
  const auto s = extractor().analyze(
      "Detectives arrested 12 men and two women for solicitation and three men for pimping.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 14);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 17);
}

TEST(Binder, OfficersAndAgenciesAreNotPeopleArrested) {
  const auto s = extractor().analyze(
      "More than 40 officers from nine agencies arrested 16 people on solicitation charges.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 16);
  EXPECT_EQ(s.counts.total_arrested.value, 16);
}

TEST(Binder, BreakdownOfATotal) {
  const auto s = extractor().analyze(
      "Of the 30 people arrested, 25 were charged with soliciting and five with prostitution.");
  EXPECT_EQ(s.counts.total_arrested.value, 30);
  EXPECT_EQ(s.counts.buyers_arrested.value, 25);
  EXPECT_EQ(s.counts.sellers_arrested.value, 5);
  EXPECT_NE(claim_with(s, Category::kTotalArrested, 30), nullptr);
}

TEST(Binder, AttributionIsKept) {
  const auto s = extractor().analyze("Police said 9 johns were arrested at the motel.");
  const Claim* c = claim_with(s, Category::kBuyersArrested, 9);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->attribution, "Police said");
}

TEST(Binder, ModalSentencesAreNotEvents) {
  const auto s = extractor().analyze(
      "Anyone caught soliciting prostitution will be arrested, the chief warned.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, SellersNotArrestedIsVictimCentered) {
  const auto s = extractor().analyze(
      "Deputies arrested 11 buyers. The women found at the hotel were offered services, and "
      "none of them were arrested.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.approach, Approach::kVictimCentered);
}

TEST(Binder, DrugStingIsNotApplicable) {
  const auto s = extractor().analyze("Narcotics detectives arrested 22 people in a heroin sting.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.approach, Approach::kNotApplicable);
}

TEST(Binder, VictimsOfThemAreASubsetNotMore) {
  const auto s = extractor().analyze(
      "Investigators also recovered 34 people they described as potential trafficking victims, "
      "nine of them minors between the ages of 14 and 17.");
  EXPECT_EQ(s.counts.victims_identified.value, 34);
}

TEST(Binder, TheOtherFiveAreTheRestOfTheGroup) {
  const auto s = extractor().analyze(
      "Detectives identified seven potential victims of human trafficking, including two "
      "17-year-old girls. Odell declined to say whether any of the other five potential victims "
      "were among the adults booked.");
  EXPECT_EQ(s.counts.victims_identified.value, 7);
}

TEST(Binder, AppositiveInclusionSharesTheCharge) {
  const auto s = extractor().analyze(
      "Four women, including a 17-year-old girl, were arrested for agreeing to perform sex acts "
      "for money.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
  EXPECT_EQ(s.counts.total_arrested.value, 4);
  EXPECT_TRUE(s.flags.minors_arrested);
}

TEST(Binder, NamesAfterAFigureNameThePeopleCounted) {
  const auto s = extractor().analyze(
      "Three men were charged with soliciting prostitution, deputies said.\n\n"
      "Charged with soliciting prostitution were:\n"
      "* John Smith, 41, of Dayton\n"
      "* Mark Jones, 35, of Xenia\n"
      "* Luis Ortega, 29, of Fairborn\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 3);
}

TEST(Binder, NamesUnderChargeHeadingsWithoutColons) {
  const auto s = extractor().analyze(
      "The following people were arrested during the two-day operation.\n\n"
      "PATRONIZING A PROSTITUTE (Sec. 12-34)\n"
      "- Adam Kowalczyk, 44, of Lindale\n"
      "- Peter Oyelaran, 31, of Brookfield\n\n"
      "PROSTITUTION (Sec. 12-33)\n"
      "- Renee Castillo, 26, of Lindale\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 3);
}

TEST(Binder, TableRowsWithColumnsOfSpaces) {
  const auto s = extractor().analyze(
      "Nineteen people were arrested in the operation. Their charges:\n\n"
      "OFFENSE                                   PERSONS\n"
      "Patronizing a prostitute (misdemeanor)         15\n"
      "Prostitution (misdemeanor)                      3\n"
      "Promoting prostitution (felony)                 1\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 15);
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 19);
}

TEST(Binder, ARunningTotalIsTheOperationsFigure) {
  const auto s = extractor().analyze(
      "Update: Police say two more men were arrested Sunday morning, raising the total to 16.\n\n"
      "Fourteen men were arrested over the weekend in a sting at a hotel, police said.");
  EXPECT_EQ(s.counts.total_arrested.value, 16);
}

TEST(Binder, EachManChargedGivesEveryoneTheCharge) {
  const auto s = extractor().analyze(
      "Deputies arrested 17 men at a rented house.\n\n"
      "The men had answered decoy ads.\n\n"
      "Each man was charged with solicitation of prostitution, which has been a felony in the "
      "state since 2021.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 17);
  EXPECT_EQ(s.counts.total_arrested.value, 17);
}

TEST(Binder, TheRestIsWhatTheTotalLeavesOver) {
  const auto s = extractor().analyze(
      "Of the 47 people arrested, 12 were charged with prostitution and two with pimping. The "
      "rest were charged with soliciting.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 33);
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kDerived);
  EXPECT_EQ(s.counts.total_arrested.value, 47);
}

TEST(Binder, TheRestOfAnApproximateTotalHasNoNumber) {
  const auto s = extractor().analyze(
      "Deputies made more than 30 arrests at the truck stop. At least nine of those arrested "
      "were women charged with prostitution; the rest were men charged with soliciting.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(s.counts.total_arrested.value, 30);
  EXPECT_TRUE(s.counts.total_arrested.approximate);
}

TEST(Binder, TheAgeOfTheYoungestIsNotACount) {
  const auto s = extractor().analyze(
      "Troopers located nine possible trafficking victims, three of them juveniles; the "
      "youngest was 15.");
  EXPECT_EQ(s.counts.victims_identified.value, 9);
  EXPECT_EQ(claim_with(s, Category::kVictimsIdentified, 15), nullptr);
}

TEST(Binder, AFigureOfOneGroupIsNotTheTotalWhenAnotherGroupHasNoNumber) {
  const auto s = extractor().analyze(
      "Fourteen men were charged with solicitation of prostitution, and a handful of women were "
      "also arrested on prostitution charges, the sheriff said.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 14);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kUnspecified);
}

TEST(Binder, AQuestionStatesNoFigure) {
  const auto s = extractor().analyze(
      "Deputies arrested 44 people, 36 of them men accused of soliciting. Why are all eight "
      "women sitting in a jail cell?");
  EXPECT_EQ(s.counts.total_arrested.value, 44);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, MayBeVictimsArePossibleVictims) {
  const auto s = extractor().analyze(
      "Aukerman said three of the eight women told investigators they were working for someone "
      "else and may be victims of trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 3);
}

TEST(Binder, NoVictimsIsAStatedZero) {
  const auto s = extractor().analyze(
      "Fifteen men were arrested for solicitation. No victims were identified.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.buyers_arrested.value, 15);
}

TEST(Binder, ABareNumberAfterACountedNounIsAShareWithItsOwnVerb) {
  const auto s = extractor().analyze(
      "Officers contacted 20 women, and 6 were identified as possible victims of trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 6);
}

TEST(Binder, AppositiveInclusionOfVictims) {
  const auto s = extractor().analyze(
      "The task force arrested 16 buyers. Seven women, including two 17-year-olds, were "
      "identified as victims and referred to a shelter.");
  EXPECT_EQ(s.counts.victims_identified.value, 7);
}

TEST(Binder, AllFourAreTheFourAlreadyCounted) {
  const auto s = extractor().analyze(
      "Deputies located four women advertised on the same websites, and all four were "
      "identified as potential victims of trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 4);
}

TEST(Binder, AllOfThoseArrestedCanAlsoBeVictims) {
  const auto s = extractor().analyze(
      "Officers arrested three women on prostitution charges at the spa, but the chief said all "
      "three are victims of human trafficking.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.victims_identified.value, 3);
}

TEST(Binder, NoCustomersChargedIsAStatedZero) {
  const auto s = extractor().analyze(
      "Two owners of the parlor were charged with promoting prostitution. Police said no "
      "customers have been charged yet, and no clients were arrested either.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
}

TEST(Binder, NeitherWomanChargedIsAStatedZeroForSellers) {
  const auto s = extractor().analyze(
      "Four men were arrested for patronizing a prostitute at the apartment. Two women there "
      "were identified as possible trafficking victims, and neither of them was charged.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.approach, Approach::kVictimCentered);
}

TEST(Binder, NoneArrestedAfterACountWithItsOwnCharge) {
  const auto s = extractor().analyze(
      "Officers arrested 14 men accused of paying for sex at the motel, and none of the women "
      "they met there were arrested, police said.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 14);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

TEST(Binder, NoneArrestedNeedsTheArrestVerbNegated) {
  // The negated verb is not an arrest: no stated zero.
  for (const char* text :
       {"Deputies arrested 12 men for soliciting prostitution in the sting. The sheriff's office "
        "has not released the names of those arrested.",
        "Deputies arrested 12 men for soliciting prostitution in the sting. The sheriff said "
        "exact figures were not yet available because booking reports were still being "
        "processed."}) {
    const auto s = extractor().analyze(text);
    EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned) << text;
    EXPECT_EQ(s.approach, Approach::kUnclear) << text;
  }
  // The arrest verb itself is negated: a stated zero.
  for (const char* text :
       {"Deputies arrested 12 men for soliciting prostitution in the sting. None of the women "
        "were arrested.",
        "Deputies arrested 12 men for soliciting prostitution in the sting. The women were not "
        "yet charged.",
        "Deputies arrested 12 men for soliciting prostitution in the sting. Nobody else has been "
        "booked."}) {
    const auto s = extractor().analyze(text);
    EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero) << text;
  }
  const auto s = extractor().analyze(
      "Deputies arrested 12 men for soliciting prostitution in the sting. No one was charged "
      "with trafficking.");
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kStatedZero);
}

TEST(Binder, ASeparateOperationIsBackground) {
  const auto s = extractor().analyze(
      "City police arrested nine men for soliciting prostitution. Meanwhile, deputies in the "
      "next county arrested 12 people in a separate two-day sting, including five women "
      "charged with prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 9);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.total_arrested.value, 9);
}

TEST(Binder, TheFirstOperationOfTheYearIsBackground) {
  const auto s = extractor().analyze(
      "Five men were charged with soliciting in the weekend sting. It was the unit's third "
      "operation this year; the first, in January, led to 11 arrests.");
  EXPECT_EQ(s.counts.total_arrested.value, 5);
}

TEST(Binder, AFraudStingIsNotApplicableEvenWithAVicePast) {
  const auto s = extractor().analyze(
      "Detectives posing as retirees online arrested four people accused of running romance "
      "scams, police said. The four were charged with wire fraud. The same vice unit's last "
      "prostitution sting, in 2019, led to 20 arrests.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_EQ(s.approach, Approach::kNotApplicable);
}

TEST(Binder, ThatOperationAfterAnEarlierOneIsBackground) {
  const auto s = extractor().analyze(
      "The new outreach program began a year after last year's festival sting. Police "
      "arrested 18 people during that sting, including six women charged with prostitution.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, ThatOperationInTheArticlesOwnStoryCounts) {
  const auto s = extractor().analyze(
      "Deputies ran a two-day sting at a motel this week. They arrested 11 men during that "
      "operation on charges of soliciting prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 11);
}

TEST(Binder, BuyersAndSellersNamedTogetherLabelNoCount) {
  const auto s = extractor().analyze(
      "The 30 arrests in the spring sweep show how differently buyers and sellers fare in "
      "court. Of the 30 people arrested, 24 were charged with soliciting and six with "
      "prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 24);
  EXPECT_EQ(s.counts.sellers_arrested.value, 6);
  EXPECT_EQ(s.counts.total_arrested.value, 30);
}

TEST(Binder, WhatAnInvestigationWasIntoIsNotTheCharge) {
  const auto s = extractor().analyze(
      "Police have charged 15 people after a six-week investigation into trafficking and the "
      "purchase of sexual services. Twelve men were charged with obtaining sexual services for "
      "consideration and three people with trafficking in persons.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 12);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 15);
}

TEST(Binder, ABreakdownBetweenDashesIsPartOfTheCountBefore) {
  const auto s = extractor().analyze(
      "Troopers charged 30 men with patronizing prostitution. Four others \u2014 two men and "
      "two women \u2014 were charged with promoting prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 30);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 4);
  EXPECT_EQ(s.counts.total_arrested.value, 34);
}

TEST(Binder, ATotalWithABreakdownBetweenDashes) {
  const auto s = extractor().analyze(
      "Eleven people -- eight men and three women -- were arrested in the motel sting, the "
      "sheriff said.");
  EXPECT_EQ(s.counts.total_arrested.value, 11);
}

TEST(Binder, WhomAnOperationTargetsIsNotWhoWasArrested) {
  const auto s = extractor().analyze(
      "112 ARRESTS IN STATEWIDE OPERATION TARGETING SEX BUYERS AND TRAFFICKERS");
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.total_arrested.value, 112);
}

TEST(Binder, ACountWithItsOwnChargeBeforeAnInclusionKeepsIt) {
  const auto s = extractor().analyze(
      "The operation resulted in the arrest of 47 individuals for attempting to purchase sex, "
      "including five who allegedly sought to buy sex from a minor.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 47);
  EXPECT_EQ(s.counts.total_arrested.value, 47);
}

TEST(Binder, PatronsAreBuyers) {
  const auto s = extractor().analyze(
      "Of those arrested, 52 were charged with engaging in prostitution as a patron, and four "
      "were charged with human trafficking.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 52);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, ArrestsAreNotVictimsBecauseACommaJoinsThem) {
  const auto s = extractor().analyze("Operation leads to 64 arrests, 15 potential victims identified");
  EXPECT_EQ(s.counts.victims_identified.value, 15);
  EXPECT_EQ(s.counts.total_arrested.value, 64);
}

TEST(Binder, ListRowsCountFirst) {
  const auto s = extractor().analyze(
      "Deputies ran a prostitution sting this weekend.\n\nRESULTS:\n"
      "\xE2\x80\xA2 9 \xE2\x80\x93 Solicitation of Prostitution\n"
      "\xE2\x80\xA2 2 \xE2\x80\x93 Prostitution\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 9);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 11);
}

TEST(Binder, OneChargeNamedForEveryoneCounted) {
  const auto s = extractor().analyze(
      "More than two dozen men were arrested over the weekend in an undercover operation, police "
      "said. The men were charged with patronizing prostitution. No trafficking-related charges "
      "were filed.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 24);
  EXPECT_TRUE(s.counts.buyers_arrested.approximate);
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kStatedZero);
}

TEST(Binder, TheOtherTwelveAreTheRestOfTheArrests) {
  const auto s = extractor().analyze(
      "Nineteen of the men were charged with soliciting prostitution after agreeing to pay a "
      "detective posing as an adult. The other 12 face felony charges of attempting to purchase "
      "sexual conduct from a minor.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 31);
}

TEST(Binder, IdentifiedAsVictimsAroundAParticiple) {
  const auto s = extractor().analyze(
      "Deputies charged six women with prostitution. Detectives identified four of the six women "
      "charged as possible trafficking victims, he said.");
  EXPECT_EQ(s.counts.victims_identified.value, 4);
  EXPECT_EQ(s.counts.sellers_arrested.value, 6);
}

TEST(Binder, RowsOfAChargeListAddUp) {
  const auto s = extractor().analyze(
      "A total of 25 suspects were arrested. Charges are as follows:\n\n"
      "  * Solicitation of prostitution (Sec. 14-209) ............ 21\n"
      "  * Traveling to meet a minor for sexual conduct (Sec. 14-311) ...... 2\n"
      "  * Human trafficking (Sec. 14-402) ........................ 1\n"
      "  * Deriving support from the proceeds of prostitution (Sec. 14-213) ... 1\n\n"
      "No adult who was offering commercial sex was charged.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 23);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 25);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

TEST(Binder, AChildNamedInAChargeIsNotAPersonArrested) {
  const auto s = extractor().analyze(
      "Arrested and charged with Solicitation of a Juvenile Prostitute:\n"
      "* Curtis Allen Maddox, 52, of Vernon Heights\n\n"
      "Arrested and charged with Involuntary Sexual Servitude of a Minor and Promoting Juvenile "
      "Prostitution:\n"
      "* Jerome Tyrell Banks, 24, of Vernon Heights\n");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.buyers_arrested.value, 1);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 2);
}

TEST(Binder, NoVictimsInOtherWords) {
  for (const char* text :
       {"Deputies arrested 12 men for soliciting. Tibbets said no trafficking victims were "
        "identified during the operation.",
        "Deputies arrested 12 men for soliciting. Mabry said investigators did not identify any "
        "trafficking victims during the operation."}) {
    const auto s = extractor().analyze(text);
    EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero) << text;
    EXPECT_EQ(s.counts.buyers_arrested.value, 12) << text;
  }
}

TEST(Binder, CountsOfDifferentGroupsInOneSentenceAddUp) {
  const auto three = extractor().analyze(
      "Officers arrested two men and a woman at a Route 9 motel during a prostitution sting.");
  EXPECT_EQ(three.counts.total_arrested.value, 3);
  // "Both" then takes the two.
  const auto both = extractor().analyze(
      "Vice detectives arrested a man and a woman at the Lakeview Inn on Friday during a "
      "prostitution sting. Both were charged with prostitution, police said.");
  EXPECT_EQ(both.counts.total_arrested.value, 2);
  EXPECT_EQ(both.counts.sellers_arrested.value, 2);
  // A total and its parts are still one total.
  const auto parts = extractor().analyze(
      "Of the 15 people arrested in the prostitution sting, 12 were men and three were women.");
  EXPECT_EQ(parts.counts.total_arrested.value, 15);
}

TEST(Summary, AnExactFigureLaterReplacesItsRoundedForm) {
  const auto total = extractor().analyze(
      "Almost 50 people were arrested in a weekend prostitution sweep, police said. Of the 46 "
      "arrested, 30 were accused of soliciting. The rest were charged with prostitution.");
  EXPECT_EQ(total.counts.total_arrested.value, 46);
  EXPECT_FALSE(total.counts.total_arrested.approximate);
  const auto buyers = extractor().analyze(
      "Over 30 johns were arrested in the county's latest sting, the sheriff said. In all, 34 "
      "johns were arrested after answering decoy ads.");
  EXPECT_EQ(buyers.counts.buyers_arrested.value, 34);
  // A later figure outside the rounding is another figure: the first stands.
  const auto far = extractor().analyze(
      "More than 20 johns were arrested in the sting. Officers said 90 johns were arrested.");
  EXPECT_EQ(far.counts.buyers_arrested.value, 20);
}

TEST(Summary, AFurtherOtherChargeAddsNoPerson) {
  const auto s = extractor().analyze(
      "Of the 15 people arrested in the sting, 12 were accused of soliciting and three women "
      "were charged with prostitution. One man was also charged with possession of a firearm.");
  EXPECT_EQ(s.counts.total_arrested.value, 15);
}

TEST(Summary, AFigureOfZeroIsAStatedZero) {
  const auto s = extractor().analyze(
      "Detectives arrested 12 men for trying to buy sex. The department's count: 12 arrests, and "
      "zero of them people selling sex.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

TEST(Binder, WhatTheLawUsuallyDoesIsNotAnEvent) {
  const auto s = extractor().analyze(
      "Deputies arrested nine men for soliciting in the sting. Advocates say women selling sex "
      "are still routinely charged with loitering in the county, and adults can still be "
      "charged with prostitution under state law.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 9);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, BritishAndCommonwealthProcuringOffences) {
  const auto uk = extractor().analyze(
      "A 52-year-old woman was arrested on suspicion of controlling prostitution for gain after "
      "officers visited a flat in Leeds. Three women at the flat were not arrested.");
  EXPECT_EQ(uk.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(uk.counts.sellers_arrested.status, CountStatus::kStatedZero);
  const auto au = extractor().analyze(
      "Detectives charged two men with living on the earnings of prostitution after a raid on "
      "a suburban brothel.");
  EXPECT_EQ(au.counts.traffickers_arrested.value, 2);
}

TEST(Binder, AListItemNeverHeadsTheItemsAfterIt) {
  const auto s = extractor().analyze(
      "The following were arrested and booked:\n\n"
      "\xE2\x80\xA2 Carl Benton, 40, of Hale - Solicitation of Prostitution\n"
      "\xE2\x80\xA2 Walter \"Skip\" Danforth, 58, of Linden - Solicitation of Prostitution\n"
      "\xE2\x80\xA2 Dana Ruiz, 25, of Hale - Prostitution\n"
      "\xE2\x80\xA2 Victor Lomax, 44, of Pell - Promotion of Prostitution\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
}

TEST(Binder, CoordinatedModifiersBeforeANonPersonNoun) {
  const auto s = extractor().analyze(
      "Forty people were arrested and six trafficking victims were rescued in an operation "
      "involving more than 15 local, state and federal agencies. A 9 mm pistol was also "
      "recovered.");
  EXPECT_EQ(s.counts.victims_identified.value, 6);
  EXPECT_EQ(s.counts.total_arrested.value, 40);
}

TEST(Binder, TableRowsWithAStatuteColumn) {
  const auto s = extractor().analyze(
      "Fourteen people were arrested during the operation.\n\n"
      "OFFENSE                               STATUTE          ARRESTED\n"
      "Patronizing a prostitute              43.021(b)        9\n"
      "Prostitution                          43.02            3\n"
      "Promoting prostitution                PC 266h          1\n"
      "Resisting arrest                      38.03            1\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 9);
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 14);
}

TEST(Binder, ABreakdownAfterAColonIsPartsOfTheWhole) {
  const auto s = extractor().analyze(
      "Officers located five possible victims of trafficking at the two hotels: four women from "
      "out of state and a 16-year-old boy.");
  EXPECT_EQ(s.counts.victims_identified.value, 5);
  EXPECT_TRUE(s.flags.minors);
}

TEST(Binder, NoneOfAGroupArrestedIsAStatedZero) {
  const auto s = extractor().analyze(
      "Deputies arrested 14 men for soliciting and identified three women as potential victims "
      "of trafficking. None of the three was arrested, the sheriff said.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.total_arrested.value, 14);
  EXPECT_EQ(s.approach, Approach::kVictimCentered);
}

TEST(Binder, StatedZeroVictimsInOtherWords) {
  for (const char* text :
       {"Troopers arrested 16 men for soliciting. The captain said they had not identified anyone "
        "as a victim of trafficking.",
        "Troopers arrested 16 men for soliciting. Detectives spoke with the women and found no "
        "evidence that any of them were being trafficked."}) {
    const auto s = extractor().analyze(text);
    EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero) << text;
  }
  const auto some = extractor().analyze(
      "Troopers arrested 16 men for soliciting. Police believe two of the women were being "
      "trafficked.");
  EXPECT_EQ(some.counts.victims_identified.value, 2);
}

TEST(Binder, PeopleIdentifiedByABuyersActAreSuspects) {
  const auto s = extractor().analyze(
      "Police arrested 20 men for soliciting at the motel. Investigators later identified four "
      "more men who had agreed to pay for sex online, and all four were cited.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
}

TEST(Binder, ARunningTotalOfACategory) {
  const auto s = extractor().analyze(
      "Police announced 22 arrests: 18 men charged with patronizing and four women charged with "
      "prostitution. Two more men were later charged with patronizing, bringing the total to 20 "
      "men accused of patronizing and four women accused of prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 20);
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
}

TEST(Summary, ADrugStingWithASidePanderingChargeIsNotASexSting) {
  const auto drug = extractor().analyze(
      "Agents arrested 11 people and seized three kilograms of methamphetamine in a six-week "
      "narcotics investigation, the task force said. Nine face distribution charges.\n\n"
      "One suspect was also charged with promoting prostitution after agents found messages "
      "arranging paid dates for a woman at his apartment.");
  EXPECT_FALSE(drug.is_sting);
  EXPECT_EQ(drug.approach, Approach::kNotApplicable);
  // Drugs and prostitution named together at the top: a sex sting still.
  const auto both = extractor().analyze(
      "Deputies arrested 11 people in a sweep targeting prostitution and methamphetamine sales "
      "at two motels. Six men were charged with soliciting.");
  EXPECT_TRUE(both.is_sting);
  EXPECT_EQ(both.counts.buyers_arrested.value, 6);
}

TEST(Binder, AnotherAgencysOwnOperationIsBackground) {
  const auto s = extractor().analyze(
      "City police arrested 15 men on soliciting charges during the three-day sting.\n\n"
      "Last week the county sheriff's office released figures from its own weekend sweep: 12 "
      "arrests, including five women charged with prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 15);
  EXPECT_EQ(s.counts.total_arrested.value, 15);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

TEST(Binder, BothIsTwo) {
  const auto s = extractor().analyze(
      "Deputies charged 12 men with soliciting at the truck stop. Two women were also taken "
      "into custody; both were cited for prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 12);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 14);
}

TEST(Binder, CoordinatedCountsWithHometowns) {
  const auto s = extractor().analyze(
      "A 31-year-old man from Kenton and a 28-year-old woman of West Alder were arrested and "
      "charged with promoting prostitution.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 2);
}

TEST(Binder, HeOrSheAfterOnePersonCountedIsThatPerson) {
  const auto s = extractor().analyze(
      "Deputies arrested nine men for soliciting at the motel. A 52-year-old woman who rented "
      "the rooms was arrested at the scene. She was charged with promoting prostitution and "
      "keeping a brothel.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 10);
  // Not after a count of several.
  const auto many = extractor().analyze(
      "Deputies arrested nine men at the motel. He was charged with promoting prostitution.");
  EXPECT_NE(many.counts.traffickers_arrested.value, 1);
}

TEST(Binder, BritishAndAustralianWaysOfCharging) {
  const auto uk = extractor().analyze(
      "Six men have been dealt with for kerb-crawling offences after a fortnight of patrols in "
      "Hillbrook, police said.");
  EXPECT_EQ(uk.counts.buyers_arrested.value, 6);
  const auto au = extractor().analyze(
      "Police raided a suspected brothel in Marrick. Three women were issued with notices to "
      "appear, charged with prostitution offences.");
  EXPECT_EQ(au.counts.sellers_arrested.value, 3);
}

TEST(Binder, TheYearAThingWasMadeIsNotWhenTheArrestsHappened) {
  const auto s = extractor().analyze(
      "Glenwood Police Department\nNews Release, Aug. 14, 2025\n\n"
      "Detectives arrested 11 men on charges of soliciting prostitution during a three-day "
      "operation. Under the department's policy adopted in 2022, no person selling sex was "
      "arrested.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 11);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

TEST(Binder, AMonthAndYearHalfAYearBeforeTheArticleIsAnotherPeriod) {
  // A March 2025 story: "March 2024" is a year earlier although the years
  // differ by one and the story is from before April.
  const auto s = extractor().analyze(
      "Valley Courier\nMarch 3, 2025\n\n"
      "The county's diversion class for men arrested for buying sex turned five this week. "
      "After a weekend operation in March 2024, all 23 men who were arrested were offered a "
      "place in the class.");
  EXPECT_NE(s.counts.buyers_arrested.value, 23);
  // A December sting in a January story is still the story's operation.
  const auto recent = extractor().analyze(
      "Valley Courier\nJan. 8, 2026\n\n"
      "Deputies arrested 14 men for soliciting prostitution during an operation in December "
      "2025, the sheriff said.");
  EXPECT_EQ(recent.counts.buyers_arrested.value, 14);
}

TEST(Binder, CoordinatedNamesShareTheChargeAfterThem) {
  const auto s = extractor().analyze(
      "Darnell Price, 41, and Owen Maddox, 36, were arrested Thursday on charges of promoting "
      "prostitution after a two-month investigation, police said.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 2);
}

TEST(Binder, PeopleArrestedAndCalledVictimsInOneClauseAreBoth) {
  const auto s = extractor().analyze(
      "The three women arrested on prostitution charges were later identified as possible "
      "victims of sex trafficking, the sheriff said.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.victims_identified.value, 3);
  // "identified" alone names no victims.
  const auto ads = extractor().analyze(
      "Nine men arrested for soliciting were identified through online ads, police said.");
  EXPECT_EQ(ads.counts.buyers_arrested.value, 9);
  EXPECT_EQ(ads.counts.victims_identified.status, CountStatus::kNotMentioned);
}

TEST(Binder, ChargesOfTwoCategoriesUnderOneCountGiveOnlyTheTotal) {
  const auto s = extractor().analyze(
      "Officers arrested 16 people on prostitution and solicitation charges at two motels on "
      "Route 4.");
  EXPECT_EQ(s.counts.total_arrested.value, 16);
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kUnspecified);
  EXPECT_TRUE(s.flags.sellers_arrested);
  // One category's charge with another offence keeps the count.
  const auto one = extractor().analyze(
      "Officers arrested 12 men for soliciting and possession of drugs in the prostitution "
      "sting.");
  EXPECT_EQ(one.counts.buyers_arrested.value, 12);
}

TEST(Summary, AnExactBreakdownReplacesANearlyTotal) {
  const auto s = extractor().analyze(
      "Nearly 50 arrested in county prostitution sting\n\n"
      "Of those arrested, 31 are accused of trying to pay for sex, 12 are accused of offering "
      "to commit prostitution and the remaining three were charged with pimping.");
  EXPECT_EQ(s.counts.total_arrested.value, 46);
  EXPECT_FALSE(s.counts.total_arrested.approximate);
}

TEST(Summary, AnApproximateBreakdownLeavesAnApproximateTotal) {
  const auto s = extractor().analyze(
      "About 30 people were arrested during a two-day sweep of motels, police said. More than "
      "20 of them were men accused of trying to buy sex. Roughly half a dozen women were cited "
      "on prostitution charges.");
  EXPECT_EQ(s.counts.total_arrested.value, 30);
  EXPECT_TRUE(s.counts.total_arrested.approximate);
}

TEST(Binder, ABareMonthMonthsBeforeTheArticleIsAnEarlierOperation) {
  const char* story =
      "Posted Nov. 13, 2025\n\nPolice arrested 12 men accused of soliciting prostitution "
      "this week. It was the department's third sweep this year. A sweep in June led to 27 "
      "arrests.";
  const auto s = extractor().analyze(story);
  EXPECT_EQ(s.counts.total_arrested.value, 12);
  // The story's own month (or the one before) is this operation.
  const auto recent = extractor().analyze(
      "Posted Nov. 13, 2025\n\nA sweep in October led to 27 arrests of men accused of "
      "soliciting prostitution.");
  EXPECT_EQ(recent.counts.total_arrested.value, 27);
}

TEST(Binder, TwoAgesAfterAPluralNounMadeVictimsAreTwoVictims) {
  const auto s = extractor().analyze(
      "A man was arrested and charged with human trafficking after he drove two women to the "
      "motel. The women, ages 19 and 22, were identified as trafficking victims. Neither woman "
      "was charged.");
  EXPECT_EQ(s.counts.victims_identified.value, 2);
  // A range of ages counts no one.
  const auto range = extractor().analyze(
      "A man was arrested and charged with human trafficking. The women, ages 19 to 22, were "
      "identified as trafficking victims.");
  EXPECT_NE(range.counts.victims_identified.value, 2);
}

TEST(Summary, AnEarlierFigureAndItsAdditionsMakeUpTheTotal) {
  const auto s = extractor().analyze(
      "Thirty-one people were arrested during a three-day prostitution sting, the sheriff's "
      "office said. Deputies had announced 28 arrests on Tuesday, but three more people were "
      "booked overnight.");
  EXPECT_EQ(s.counts.total_arrested.value, 31);
  // Additions that do not make up the figure still add.
  const auto more = extractor().analyze(
      "Thirty-one people were arrested during a three-day prostitution sting, the sheriff's "
      "office said. Deputies had announced 26 arrests on Tuesday, but three more people were "
      "booked overnight.");
  EXPECT_EQ(more.counts.total_arrested.value, 34);
}

TEST(Summary, AdditionallyChargedIsAFurtherChargeNotAFurtherPerson) {
  const auto s = extractor().analyze(
      "Eleven men were arrested after arranging to meet for paid sex. All were booked on "
      "charges of solicitation of prostitution. Two of them were additionally charged with "
      "possession of a firearm.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 11);
  EXPECT_EQ(s.counts.total_arrested.value, 11);
}

TEST(Binder, APartOfAnEarlierOperationsCountIsBackground) {
  const auto s = extractor().analyze(
      "Nineteen men were arrested on charges of solicitation of prostitution in the sting. In "
      "2022, a similar operation ended with 41 arrests, 26 of them women charged with "
      "prostitution. Three of those women were later identified as trafficking victims.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
  // After this operation's own count, a part of it is this operation's.
  const auto own = extractor().analyze(
      "Police arrested 12 women on prostitution charges in the sting. Three of those women were "
      "later identified as trafficking victims.");
  EXPECT_EQ(own.counts.victims_identified.value, 3);
}

TEST(Binder, TreatingBothAsVictimsIsTwoVictims) {
  const auto s = extractor().analyze(
      "Nineteen men were arrested on charges of solicitation of prostitution. Two of the women "
      "told officers a man took their earnings. Detectives are treating both as victims of "
      "human trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 2);
}

TEST(Summary, BulletedRowsOfOneGroupAreDifferentPeople) {
  const auto s = extractor().analyze(
      "Eighteen (18) people were arrested during the operation:\n"
      "\xE2\x80\xA2 Twelve men were charged with solicitation of prostitution.\n"
      "\xE2\x80\xA2 A 41-year-old man was charged with solicitation of a minor.\n"
      "\xE2\x80\xA2 Two men were charged with human trafficking.\n"
      "\xE2\x80\xA2 Three women were charged with prostitution.\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 13);
  EXPECT_EQ(s.counts.total_arrested.value, 18);
  // In prose, a later figure of the same group is not added.
  const auto prose = extractor().analyze(
      "Twelve men were charged with solicitation of prostitution. A 41-year-old man was "
      "charged with solicitation of prostitution after arranging to meet an officer.");
  EXPECT_EQ(prose.counts.buyers_arrested.value, 12);
}

TEST(Binder, OnePersonListedAfterAColonIsAmongTheCount) {
  const auto s = extractor().analyze(
      "Deputies arrested nine men for soliciting prostitution. Investigators recovered two "
      "juveniles during the operation: the 17-year-old and a 16-year-old girl who had been "
      "reported missing in December.");
  EXPECT_EQ(s.counts.victims_identified.value, 2);
  // One with a charge of their own is a further person.
  const auto charged = extractor().analyze(
      "Deputies arrested nine men for soliciting prostitution: a 34-year-old man was also "
      "charged with promoting prostitution.");
  EXPECT_EQ(charged.counts.traffickers_arrested.value, 1);
}

TEST(Binder, IdentifiedThroughRecordsIsNoVictimFinding) {
  const auto s = extractor().analyze(
      "Police arrested 38 men on charges of soliciting prostitution. Three additional men, "
      "identified through phone records and text messages, were booked Tuesday night.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
  const auto found = extractor().analyze(
      "Police arrested 38 men on charges of soliciting prostitution. Investigators identified "
      "three trafficking victims.");
  EXPECT_EQ(found.counts.victims_identified.value, 3);
}

TEST(Summary, AFurtherChargeOfTheSameKindIsNoFurtherPerson) {
  const auto s = extractor().analyze(
      "Deputies arrested 14 men for soliciting prostitution. Three men were arrested on "
      "suspicion of pimping, and one of them was also booked on a human trafficking charge.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 17);
}

TEST(Binder, AnAgeSaidOfOneOfThoseArrestedMarksAMinorArrested) {
  const auto s = extractor().analyze(
      "Officers cited eight women for loitering for the purpose of prostitution. One of the "
      "women cited was 16, police said.");
  EXPECT_TRUE(s.flags.minors_arrested);
  const auto adults = extractor().analyze(
      "Officers cited eight women for loitering for the purpose of prostitution. One of the "
      "women cited was 61, police said.");
  EXPECT_FALSE(adults.flags.minors_arrested);
}

TEST(Binder, OwnersAndManagersArePeopleNotPlaces) {
  // "spa" is a place, but "spa owners" are people.
  const auto s = extractor().analyze(
      "Four spa owners and managers were arrested and charged with receiving money from the "
      "earnings of a prostitute.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 4);
}

TEST(Binder, BagsOfDrugsAreNotPeople) {
  const auto s = extractor().analyze(
      "Police arrested 30 men for soliciting prostitution. Officers also recovered two handguns "
      "and seized 60 bags of suspected heroin.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.total_arrested.value, 30);
}

TEST(Binder, NoVictimsAfterAnotherNegationInTheClause) {
  const auto s = extractor().analyze(
      "Police arrested 25 men for patronizing a prostitute. None of the women told officers they "
      "were being forced, he said, and no trafficking victims were identified during the "
      "operation.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero);
  const auto children = extractor().analyze(
      "Deputies arrested 13 men for attempting to purchase sex from a minor. No children were "
      "harmed or identified as victims during the operation.");
  EXPECT_EQ(children.counts.victims_identified.status, CountStatus::kStatedZero);
}

TEST(Binder, ADecoysPersonaIsNobodyCounted) {
  const auto s = extractor().analyze(
      "Deputies announced that 13 men have been arrested in an undercover operation. Each of the "
      "men arrested communicated with what he believed to be a child, offered money in exchange "
      "for sexual acts, and then traveled to a meeting location.");
  EXPECT_EQ(s.counts.total_arrested.value, 13);
  EXPECT_EQ(s.counts.buyers_arrested.value, 13);
  EXPECT_EQ(claim_with(s, Category::kBuyersArrested, 1), nullptr);
}

TEST(Binder, AModalBeforeAnArrestVerbIsNoEvent) {
  const auto s = extractor().analyze(
      "Police arrested 30 men for soliciting prostitution in the sting. \"You can arrest a man in "
      "a car tonight and there will be another one tomorrow,\" the council member said.");
  EXPECT_EQ(s.counts.total_arrested.value, 30);
  EXPECT_EQ(claim_with(s, Category::kTotalArrested, 1), nullptr);
}

TEST(Binder, TheBaseOfAPartitiveVictimCountIsNoVictimCount) {
  const auto s = extractor().analyze(
      "The operation led to 26 arrests: 19 men accused of soliciting prostitution, five women "
      "charged with prostitution and two men charged with promoting prostitution. Prosecutors "
      "now believe four of the five women charged with prostitution were trafficking victims.");
  EXPECT_EQ(s.counts.victims_identified.value, 4);
  EXPECT_EQ(s.counts.sellers_arrested.value, 5);
}

TEST(Summary, GirlsMayBeTheTeensCountedBefore) {
  const auto s = extractor().analyze(
      "Deputies recovered 3 teens and arrested 12 men for soliciting prostitution at truck "
      "stops. Three teenage girls were recovered and a dozen people were arrested during a "
      "three-day operation targeting sex trafficking. Investigators also identified a "
      "20-year-old woman as a possible trafficking victim.");
  EXPECT_EQ(s.counts.victims_identified.value, 4);
}

TEST(Binder, AChildTheOffenceWasAgainstIsNotArrested) {
  const auto s = extractor().analyze(
      "Of the 12 people arrested, nine are men accused of trying to pay for sex, two of them with "
      "one of the teens, police said. The two men who were accused of soliciting one of the teens "
      "face felony charges of unlawful transaction with a minor.");
  EXPECT_FALSE(s.flags.minors_arrested);
  EXPECT_EQ(s.counts.total_arrested.value, 12);
  const auto along = extractor().analyze(
      "Police arrested three men along with two juveniles on prostitution charges.");
  EXPECT_TRUE(along.flags.minors_arrested);
}

TEST(Binder, MinorsIncludedInAVictimCountAreVictims) {
  const auto s = extractor().analyze(
      "Police arrested nine people for soliciting prostitution. The operation resulted in 187 "
      "arrests and the identification of 16 victims, including 5 minors.");
  EXPECT_FALSE(s.flags.minors_arrested);
  EXPECT_EQ(claim_with(s, Category::kTotalArrested, 5), nullptr);
  EXPECT_EQ(s.counts.victims_identified.value, 16);
}

TEST(Summary, TheRemainingPeopleAreWhatTheTotalLeavesOver) {
  const auto s = extractor().analyze(
      "Twenty-three people were arrested or cited after police raided five massage businesses. "
      "Four spa owners and managers were arrested and charged with receiving money from the "
      "earnings of a prostitute. Seven men found inside the businesses were cited for soliciting "
      "prostitution. The remaining people cited were women who worked at the spas. They were "
      "cited for prostitution.");
  EXPECT_EQ(s.counts.total_arrested.value, 23);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 4);
  EXPECT_EQ(s.counts.buyers_arrested.value, 7);
  EXPECT_EQ(s.counts.sellers_arrested.value, 12);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kDerived);
}

TEST(Summary, ALawsuitBySomeoneWhoWasTraffickedIsNoOperation) {
  const auto s = extractor().analyze(
      "Survivor sues hotel chain\n\n"
      "A woman who says she was sold for sex out of a highway hotel when she was a teenager has "
      "sued the hotel's owner, accusing employees of ignoring obvious signs that she was being "
      "trafficked. The lawsuit was filed Friday in federal court.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_EQ(s.approach, Approach::kNotApplicable);
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
  // Victims found by police in the lead still make it an operation.
  const auto found = extractor().analyze(
      "Deputies rescued three women who were being trafficked out of a motel, and a lawsuit "
      "against the motel's owner followed. Two men were charged with sex trafficking.");
  EXPECT_TRUE(found.is_sting);
}

TEST(Binder, AShareOfPlacesIsNotACountOfPeople) {
  const auto s = extractor().analyze(
      "Deputies made several arrests at two of the properties, and several men were cited for "
      "soliciting prostitution.");
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(claim_with(s, Category::kTotalArrested, 2), nullptr);
}

TEST(Binder, ChargesInBulletsUnderANameAreThatPersons) {
  const auto s = extractor().analyze(
      "The following individuals were arrested in the prostitution sting:\n\n"
      "Brandon T. Keel, 34, Port Ardis\n"
      "- Solicitation of Another to Commit Prostitution, F.S. 796.07(2)(f)\n\n"
      "Luis M. Ordaz, 51, Calusa Springs\n"
      "- Possession of Cannabis, More Than 20 Grams, F.S. 893.13\n"
      "- Solicitation of Another to Commit Prostitution, F.S. 796.07(2)(f)\n\n"
      "Tasha M. Greer, 27, Port Ardis\n"
      "- Offering to Commit Prostitution, F.S. 796.07(2)(e)\n\n"
      "Dwayne C. Rucker, 36, Calusa Springs\n"
      "- Deriving Support from the Proceeds of Prostitution, F.S. 796.05\n"
      "- Human Trafficking, F.S. 787.06\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 4);
}

TEST(Binder, AQuestionAnsweredWithNoneIsAStatedZero) {
  const auto s = extractor().analyze(
      "Deputies arrested 17 men for solicitation. Asked how many of those arrested were "
      "trafficking victims, the sheriff said none.");
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero);
  const auto open = extractor().analyze(
      "Deputies arrested 17 men for solicitation. Asked how many trafficking victims were "
      "found, the sheriff said he did not know.");
  EXPECT_EQ(open.counts.victims_identified.status, CountStatus::kNotMentioned);
}

TEST(Binder, WhatAnOperationIsAimedAtIsNoCharge) {
  const auto s = extractor().analyze(
      "Police called the sweep a major blow against human trafficking in which 46 people were "
      "arrested on prostitution and solicitation charges.");
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, AConditionalChargeWithoutAFigureIsNoEvent) {
  const auto s = extractor().analyze(
      "Police arrested 29 women for prostitution. If an operation charges buyers and no "
      "traffickers, say so.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, AStatementOfTheLawNamesNoOnesCharge) {
  const auto s = extractor().analyze(
      "Police arrested nine women for prostitution and two men for pimping. Section 53A makes it "
      "an offence to pay for sex with someone subjected to force. A charity said it was troubled "
      "that two of the women had been arrested.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.sellers_arrested.value, 9);
}

TEST(Binder, NoChargesAgainstTheWomenIsAStatedZero) {
  const auto s = extractor().analyze(
      "Eight men have been charged with purchasing sexual services. \"No charges were laid "
      "against the women,\" the staff sergeant said.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  const auto bare = extractor().analyze(
      "Eight men have been charged with purchasing sexual services. No further charges were laid, "
      "the staff sergeant said.");
  EXPECT_EQ(bare.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, AgesBetweenCoordinatedCountsKeepThemCoordinated) {
  const auto s = extractor().analyze(
      "Two men, aged 41 and 52, and two women, aged 37 and 44, were charged with causing a "
      "person to enter into or remain in sexual servitude.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 4);
  EXPECT_EQ(s.counts.total_arrested.value, 4);
}

TEST(Binder, ACountWithAVerbOfItsOwnInheritsNoPredicate) {
  const auto s = extractor().analyze(
      "Four charged, seven women found in alleged sexual servitude ring\n\n"
      "Four people have been charged with sexual servitude offences after police raided three "
      "properties.");
  EXPECT_EQ(s.counts.total_arrested.value, 4);
  EXPECT_EQ(claim_with(s, Category::kTotalArrested, 7), nullptr);
}

TEST(Binder, NoClientsChargedIsAStatedZeroForBuyers) {
  const auto s = extractor().analyze(
      "Four people were charged with human trafficking. No clients were charged, the detective "
      "said.");
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, OneOfThoseArrestedNamedAsAMinorInAnAppositive) {
  const auto s = extractor().analyze(
      "Officers also arrested three females for loitering for the purpose of prostitution. One "
      "of the three, a 17-year-old female, was transported to the Juvenile Assessment Center.");
  EXPECT_TRUE(s.flags.minors_arrested);
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
}

TEST(Binder, OnePersonIdentifiedAsAVictimIsOne) {
  const auto s = extractor().analyze(
      "Officers arrested three women for prostitution. Detectives have identified the juvenile "
      "as a possible victim of human trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 1);
  const auto modal = extractor().analyze(
      "Officers arrested three women for prostitution. Detectives said the woman could be "
      "identified as a victim later.");
  EXPECT_EQ(modal.counts.victims_identified.status, CountStatus::kNotMentioned);
}

// A court story about one defendant recalls the operation's figures: it is
// not a report of the operation. A sting report naming one arrestee is.
TEST(Summary, OneDefendantsCourtStoryIsNotAnOperation) {
  const auto court = extractor().analyze(
      "Man charged in prostitution sting waives preliminary hearing\n\n"
      "A former coach charged in a December prostitution sting waived his right to a "
      "preliminary hearing Wednesday. He is charged with soliciting prostitution.\n\n"
      "He was one of 29 men arrested in the operation. Four women were charged with "
      "prostitution, police said at the time.");
  EXPECT_FALSE(court.is_sting);
  EXPECT_EQ(court.approach, Approach::kNotApplicable);
  const auto report = extractor().analyze(
      "Man arrested in prostitution sting\n\n"
      "A 41-year-old man was arrested Tuesday in a prostitution sting after agreeing to pay an "
      "undercover deputy for sex, the sheriff's office said.");
  EXPECT_TRUE(report.is_sting);
}

TEST(Summary, AnAwarenessEventIsNotAnOperation) {
  const auto s = extractor().analyze(
      "Hundreds walk against human trafficking\n\n"
      "More than 300 people walked Saturday to mark Human Trafficking Prevention Month. "
      "Three survivors spoke at the park.\n\n"
      "Organizers said county stings ended with the arrest of 46 women on prostitution "
      "charges.");
  EXPECT_FALSE(s.is_sting);
}

TEST(Summary, AHeadlineNumberForAFigureTheBodyGivesNone) {
  const auto s = extractor().analyze(
      "17 men charged in online prostitution sting\n\n"
      "Police on Tuesday released the names of the men charged in a weekend undercover "
      "operation. Each was charged with solicitation of a sexual act, a misdemeanor.");
  EXPECT_EQ(s.counts.total_arrested.value, 17);
  EXPECT_EQ(s.counts.buyers_arrested.value, 17);
}

TEST(Binder, CanadianThirdPartyOffencesAreTrafficking) {
  const auto s = extractor().analyze(
      "Police laid charges against 29 people, including 27 men accused of purchasing sexual "
      "services. Two others, a man and a woman, are charged with procuring, receiving a material "
      "benefit from sexual services, and advertising sexual services.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.total_arrested.value, 29);
}

TEST(Binder, DetainedAndReleasedWithoutChargesIsNoArrest) {
  const auto s = extractor().analyze(
      "The operation led to eight arrests and the recovery of three juveniles. Six men were "
      "arrested for attempting to purchase sex. Two of them believed they were arranging to pay a "
      "15-year-old girl, who was in fact an undercover detective. Two men were charged with sex "
      "trafficking. Eleven adults found during the operation were detained, interviewed by "
      "advocates and released without charges. Four of the men were released on bond; the two "
      "also charged with luring were held.");
  EXPECT_EQ(s.counts.total_arrested.value, 8);
  EXPECT_EQ(s.counts.buyers_arrested.value, 6);
  EXPECT_EQ(s.counts.victims_identified.value, 3);
  EXPECT_FALSE(s.flags.minors_arrested);
}

TEST(Binder, SinglePeopleDescribingABareCountAreThosePeople) {
  const auto s = extractor().analyze(
      "Deputies arrested 33 people. Of the 33 people arrested, 24 were men who agreed to exchange "
      "money for sex. Seven were women who offered sex acts for money. The remaining two, a "
      "45-year-old man and his 22-year-old nephew, were charged with promoting prostitution.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 33);
  const auto dash = extractor().analyze(
      "Two others - a 31-year-old man and a 26-year-old woman - were charged with pimping.");
  EXPECT_EQ(dash.counts.traffickers_arrested.value, 2);
}

TEST(Summary, AnAnnualReportsFiguresAreNoOperation) {
  const auto s = extractor().analyze(
      "State trafficking hotline logged record calls last year, report says\n\n"
      "The state's human trafficking hotline received a record 1,412 calls in 2024, according to "
      "an annual report released Monday by the Office of the Attorney General. Hotline staff "
      "identified 318 potential victims of trafficking from those contacts, including 97 minors, "
      "the report said.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
}

TEST(Binder, AParenthesisBetweenDashesIsPassedOver) {
  const auto s = extractor().analyze(
      "Agencies arrested 214 people. Of the 214, 163 were accused of trying to buy sex, 22 were "
      "charged with human trafficking, and nine \u2014 all of them in Ohio \u2014 were charged "
      "with prostitution. The remaining 20 were arrested on unrelated warrants.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 9);
  EXPECT_EQ(s.counts.total_arrested.value, 214);
}

TEST(Binder, BothNamedAsVictimsIsTwo) {
  const auto s = extractor().analyze(
      "Officers arrested two women for prostitution. Investigators have identified both girls as "
      "victims of sex trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 2);
  const auto passive = extractor().analyze(
      "Two girls were arrested on prostitution charges. Both are also considered possible victims "
      "of human trafficking.");
  EXPECT_EQ(passive.counts.victims_identified.value, 2);
}

TEST(Binder, OnePersonConsideredAVictimIsOne) {
  const auto s = extractor().analyze(
      "Four were arrested for prostitution. Police consider her a victim of human trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 1);
  const auto indefinite = extractor().analyze(
      "Nine people were arrested for prostitution. Investigators also made contact with an adult "
      "female who was determined to be a potential victim of human trafficking.");
  EXPECT_EQ(indefinite.counts.victims_identified.value, 1);
  const auto directive = extractor().analyze(
      "Nine people were arrested for prostitution. The law directs police to treat a minor as a "
      "suspected trafficking victim.");
  EXPECT_EQ(directive.counts.victims_identified.status, CountStatus::kNotMentioned);
}

TEST(Binder, DefiniteNounCoordinatedWithACountIsOneMore) {
  const auto s = extractor().analyze(
      "Police served search warrants at three spas, arresting the owner and a manager on charges "
      "of promoting prostitution.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  const auto alone = extractor().analyze(
      "Police arrested a manager on charges of promoting prostitution. The owner was not "
      "charged.");
  EXPECT_EQ(alone.counts.traffickers_arrested.value, 1);
}

TEST(Binder, ChargeAfterALongRelativeClauseIsTheCountsOwn) {
  const auto s = extractor().analyze(
      "Nine men were arrested on charges of soliciting prostitution. A 24-year-old man who "
      "investigators say drove one of the girls to the hotel and collected her earnings was "
      "charged with trafficking of a minor.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 10);
}

// "Two of them are also charged with advertising sexual services": in
// Canada the charge is the third-party offence, not a seller's.
TEST(Binder, CanadianAdvertisingChargeIsNoSellers) {
  const auto s = extractor().analyze(
      "Four men are charged with human trafficking and procuring. Police said two of them are "
      "also charged with advertising sexual services. Fifteen other men were charged with "
      "obtaining sexual services for consideration.");
  EXPECT_NE(s.counts.sellers_arrested.status, CountStatus::kStated);
  EXPECT_FALSE(s.flags.sellers_arrested);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 4);
}

// Complaints about street prostitution and drugs at the top of a release:
// a sex sting with a drug side, not a drug story.
TEST(Summary, ComplaintsAboutProstitutionPutALeadOnTopic) {
  const auto s = extractor().analyze(
      "Results of Enforcement Operation on Alder Boulevard\n\n"
      "On Friday, officers conducted an undercover enforcement operation along Alder "
      "Boulevard. The operation followed citizen complaints regarding street-level prostitution "
      "and related narcotics activity in the area.\n\n"
      "Several men were arrested for Solicitation of Prostitution. One adult female was "
      "arrested for Prostitution and Possession of a Controlled Substance (Fentanyl).");
  EXPECT_TRUE(s.is_sting);
  EXPECT_TRUE(s.flags.sellers_arrested);
}

// An opinion column, letter, profile or feature, as the page files it at the
// top, reports an operation only when its headline names one and it does not
// set several operations side by side.
TEST(Summary, AColumnSettingSeveralOperationsSideBySideIsNoOperation) {
  const auto s = extractor().analyze(
      "OPINION | COLUMNISTS\n\n"
      "Sting headlines are easy. Catching traffickers is not.\n\n"
      "By Jo Park\n\n"
      "Take three operations from the past year. In one, a task force announced 44 arrests, "
      "and 19 of them were women charged with prostitution. In another, police arrested 27 men "
      "for soliciting and arrested none of the women.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_FALSE(s.flags.sellers_arrested);
  EXPECT_EQ(s.approach, Approach::kNotApplicable);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Summary, AColumnWhoseHeadlineNamesNoOperationArguesAPolicy) {
  const auto s = extractor().analyze(
      "OPINION | GUEST COLUMN\n\n"
      "We keep arresting the people we say we're rescuing\n\n"
      "By Jo Park\n\n"
      "Last month, the sheriff announced that Operation Night Harbor had struck a blow against "
      "human trafficking. Forty-four people had been arrested. Seventeen of them were women "
      "charged with prostitution. The legislature should end arrests for selling sex.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

// "Stings make headlines": the plural names the practice, not one operation.
TEST(Summary, AColumnWhoseHeadlineNamesStingsInThePluralIsNoOperation) {
  const auto s = extractor().analyze(
      "OPINION | GUEST COLUMN\n\n"
      "Stings make headlines. They don't make anyone safer.\n\n"
      "By Jo Park\n\n"
      "Consider last spring's sweep in Okana County, where deputies arrested 74 people over a "
      "weekend. Fifty-one of them were women charged with prostitution. Three people were "
      "charged with trafficking.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

TEST(Summary, AColumnAboutOneStingReportsItsFigures) {
  const auto s = extractor().analyze(
      "OPINION | GUEST COLUMN\n\n"
      "The Route 40 sting arrested five women. It should have arrested none of them.\n\n"
      "By Jo Park\n\n"
      "When the sheriff announced the results of the sting last month, the release led with "
      "the men. Eighteen of them were charged with soliciting. Five women had also been "
      "arrested and charged with prostitution. The department has run four stings since 2021.");
  EXPECT_TRUE(s.is_sting);
  EXPECT_EQ(s.counts.buyers_arrested.value, 18);
  EXPECT_EQ(s.counts.sellers_arrested.value, 5);
  EXPECT_TRUE(s.flags.sellers_arrested);
}

TEST(Summary, AProfileIsNoOperation) {
  const auto s = extractor().analyze(
      "LIVING | PROFILES\n\n"
      "'I was arrested 14 times. Nobody asked me if I was OK.'\n\n"
      "CASSIDY - Yolanda Briggs sold sex along Harmon Street for nearly a decade. She was "
      "arrested 14 times for prostitution. Today she runs a drop-in center for women.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_FALSE(s.flags.sellers_arrested);
  const auto byline = extractor().analyze(
      "'Nobody asked me if I was OK': Survivor now teaches officers\n\n"
      "By Leah Moreno\n"
      "The Corbin City Gazette - Sunday Features\n\n"
      "She was 16 when detectives knocked on the door during an undercover operation. Nine men "
      "were arrested for soliciting that night, and she was not arrested.");
  EXPECT_FALSE(byline.is_sting);
}

TEST(Summary, AMenuListingOpinionLabelsNothing) {
  const auto s = extractor().analyze(
      "THE CALDER TIMES\n"
      "News | Opinion | Sports | Obituaries\n\n"
      "Police charge 14 men and two women\n\n"
      "CALDER - Police arrested 14 men for soliciting prostitution and two women for "
      "prostitution during a two-day sting, the department said.");
  EXPECT_TRUE(s.is_sting);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
}

// A person selling sex arrested on another charge is a seller arrested,
// whatever the charge: a share of the people found, or one more of them,
// after the article said they were not arrested.
TEST(Binder, OneOfThePeopleFoundArrestedOnAWarrantIsASeller) {
  const auto s = extractor().analyze(
      "Nine men were arrested after agreeing to pay undercover officers for sex, police said. "
      "Officers also arranged meetings with five women who were offering sex. Police said the "
      "women were not charged with prostitution. Instead, each met with a case worker. One of "
      "the five, a 24-year-old woman, was taken into custody on an outstanding warrant, police "
      "said.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 10);
  EXPECT_TRUE(s.flags.sellers_arrested);
  EXPECT_EQ(s.approach, Approach::kCriminalizing);
}

TEST(Binder, AFourthWomanArrestedOnAnotherChargeIsASeller) {
  const auto s = extractor().analyze(
      "Eleven men were arrested on suspicion of kerb-crawling during the operation. Police said "
      "three women who were working on the streets were offered support. None of the three was "
      "arrested. One of them has been referred as a potential victim of modern slavery. A "
      "fourth woman, aged 29, was arrested for being unlawfully at large.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 12);
  EXPECT_TRUE(s.flags.sellers_arrested);
  // Not a man, and not without the stated zero before.
  const auto man = extractor().analyze(
      "Eleven men were arrested on suspicion of kerb-crawling during the operation. Police said "
      "three women were offered support. None of the three was arrested. A fourth man was "
      "arrested on a warrant.");
  EXPECT_EQ(man.counts.sellers_arrested.status, CountStatus::kStatedZero);
  // A share of the suspects is not a share of the women found.
  const auto suspects = extractor().analyze(
      "Police arrested nine people in raids on three brothels. Eleven women were identified as "
      "potential victims. None of the women has been arrested. Two of the suspects, a man and a "
      "woman, have been charged with arranging the travel of another person with a view to "
      "exploitation.");
  EXPECT_EQ(suspects.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_FALSE(suspects.flags.sellers_arrested);
}

// "One of the people taken into custody is a 16-year-old female. Because of
// her age, her name is not being released. She was detained on a
// prostitution offense": she is the one counted two sentences before, a
// minor, and a minor's name is never in the list of names.
TEST(Binder, SheAfterASentenceAboutHerIsTheMinorCountedBefore) {
  const auto s = extractor().analyze(
      "Twelve people were arrested.\n\n"
      "One of the people taken into custody is a 16-year-old female. Because of her age, her "
      "name is not being released. She was detained on a prostitution offense and referred to "
      "a youth advocacy center.\n\n"
      "The following adults were arrested:\n\n"
      "- Dale Purcell, 52, of Cordell - Solicitation of Prostitution\n"
      "- Renee Castellanos, 29, of Austin - Prostitution\n"
      "- Zoe Pruitt, 31, of Waco - Prostitution\n");
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_TRUE(s.flags.minors_arrested);
}

// "• 1 - Possession of Methamphetamine*" with the footnote "*Female who
// advertised sex for money online ...": a person selling sex, whatever the
// charge.
TEST(Binder, AFootnotedRowOfAnotherChargeForSomeoneSellingSex) {
  const auto s = extractor().analyze(
      "OPERATION NIGHT OWL\n\n"
      "Detectives answered online ads during a two-day prostitution operation.\n\n"
      "RESULTS:\n"
      "- 12 ARRESTS\n"
      "- 9 - Solicitation of Prostitution\n"
      "- 2 - Prostitution\n"
      "- 1 - Possession of Methamphetamine*\n\n"
      "*Female who advertised sex for money online and showed up to meet our undercover "
      "detective. She was found with meth and booked on the drug charge.\n");
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 12);
}

// "targeting street-level and online prostitution" names commercial sex in
// the lead even though the unit's name ("Vice and Narcotics Unit") names drugs.
TEST(Summary, HyphenatedTargetWordsStillNameProstitution) {
  const auto s = extractor().analyze(
      "SWEEP ENDS WITH 9 ARRESTS\n\n"
      "Officers of the Special Vice and Narcotics Unit ran a three-day operation targeting "
      "open-air and hotel-based prostitution downtown. The operation resulted in nine arrests.\n\n"
      "Seven men were charged with solicitation of prostitution and two women were charged "
      "with prostitution.");
  EXPECT_TRUE(s.is_sting);
  EXPECT_TRUE(s.flags.sellers_arrested);
  EXPECT_EQ(s.counts.buyers_arrested.value, 7);
}

// A police release's pipe table: "NAME | AGE | RESIDENCE | CHARGE(S)".
TEST(Binder, PipeTableRowsAreNamedArrestees) {
  const auto s = extractor().analyze(
      "Detectives arrested four people in a prostitution sting on Friday.\n\n"
      "NAME | AGE | CITY | CHARGE\n"
      "Dale Morrow      | 44 | Linden   | Solicitation of Prostitution\n"
      "Kevin Yates      | 37 | Linden   | Solicitation of Prostitution; Driving With Suspended License\n"
      "Rhonda Pike      | 28 | Hollins  | Prostitution\n"
      "Victor Sousa     | 52 | Hollins  | Promoting Prostitution\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.value, 1);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 4);
}

// "No sex workers have been charged" is a stated zero, like "no women".
TEST(Binder, NoSexWorkersChargedIsAStatedZero) {
  const auto s = extractor().analyze(
      "Police arrested two men on charges of promoting prostitution at a brothel. \"No sex "
      "workers have been charged,\" the superintendent said. No prostitutes were arrested "
      "either, police said.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 0);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

// "Not a single person who was being sold was arrested": the relative
// clause makes the person one selling sex.
TEST(Binder, PersonWhoWasBeingSoldIsASeller) {
  const auto s = extractor().analyze(
      "Deputies arrested 15 sex buyers during the weekend operation. Not one woman who was "
      "being sold was arrested, the sheriff said.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 15);
  EXPECT_EQ(s.counts.sellers_arrested.value, 0);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

// "Of those, 126 ..." is a share of the figure before, not a stated total;
// beside a count of buyers, "prostitution-related charges" are the sellers'.
TEST(Binder, OfThoseCommaIsABreakdownWithSellers) {
  const auto s = extractor().analyze(
      "The weeklong crackdown on commercial sex ended with 90 arrests. Of those, 70 people "
      "were accused of trying to buy sex, 15 were arrested on prostitution-related charges and "
      "the remaining five were charged with pimping.");
  EXPECT_EQ(s.counts.total_arrested.value, 90);
  EXPECT_EQ(s.counts.buyers_arrested.value, 70);
  EXPECT_EQ(s.counts.sellers_arrested.value, 15);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 5);
}

// "asked to be identified only by her first name" is how a source is named.
TEST(Binder, IdentifiedOnlyByHerNameIsNoVictim) {
  const auto s = extractor().analyze(
      "Deputies arrested 12 men for soliciting prostitution in the sting. \"It never ends,\" "
      "said a 31-year-old woman who asked to be identified only by her first name. Later, "
      "four women were identified as possible trafficking victims.");
  EXPECT_EQ(s.counts.victims_identified.value, 4);
}

// "Two people have been charged and five women referred for support": the
// women have a verb of their own and are not among those charged.
TEST(Binder, CountReferredForSupportIsNotCharged) {
  const auto s = extractor().analyze(
      "Three people have been charged and six women referred for support after an "
      "undercover human trafficking operation at a brothel.");
  EXPECT_EQ(s.counts.total_arrested.value, 3);
}

// "Two of the individuals arrested ..." after a list of named arrestees is
// the whole list, not the person on its last row.
TEST(Binder, PartitiveAfterANamedListTakesNoRowCharge) {
  const auto s = extractor().analyze(
      "The operation resulted in the following arrests:\n\n"
      "- Carl B. Ames, 41, of Hadley - Solicitation of Prostitution\n"
      "- Dana R. Holt, 25, of Hadley - Prostitution\n"
      "- Ray T. Vick, 39, of Greer - Promoting Prostitution\n\n"
      "Two of the individuals arrested were also identified as possible victims of human "
      "trafficking and were given information on local services.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 3);
}

// "For comparison, ... in all of 2024": a year's statistic is background.
TEST(Binder, AYearsStatisticForComparisonIsBackground) {
  const auto s = extractor().analyze(
      "Deputies arrested eight men for solicitation of prostitution this week. For "
      "comparison, the office made 41 prostitution-related arrests in all of 2023.");
  EXPECT_EQ(s.counts.total_arrested.value, 8);
}

// "More than a dozen men were arrested ... A number of women were cited ...
// The owner, a 58-year-old woman, was charged with promoting": the numbered
// parts pass the figure and one part has no number, so no total is known.
TEST(Summary, UnnumberedPartBesideAnExceededFigureLeavesTheTotalUnknown) {
  const auto s = extractor().analyze(
      "Police say more than a dozen men were arrested after a prostitution investigation at "
      "a spa. More than a dozen men were arrested on charges of patronizing prostitution. A "
      "number of women who worked at the spa were cited for prostitution. The spa's owner, a "
      "58-year-old woman, was charged with promoting prostitution.");
  EXPECT_EQ(s.counts.total_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
}

// "you give the trafficker one more way to control her", "three other
// communities": abstract nouns and places after a count are no people.
TEST(Binder, AbstractNounsAndPlacesAfterACountAreNoPeople) {
  const auto s = extractor().analyze(
      "Police said 112 people were arrested in the crackdown on prostitution. \"When you cite the "
      "person being sold, you give the trafficker one more way to control her,\" an advocate "
      "said.");
  EXPECT_EQ(s.counts.total_arrested.value, 112);
  const auto t = extractor().analyze(
      "Seven men have been charged after allegedly arranging to pay for sex with children. The "
      "defendants, who live in Langston and three other Wrenfield communities, are each charged "
      "with attempted enticement of a minor.");
  EXPECT_EQ(t.counts.buyers_arrested.value, 7);
  EXPECT_EQ(t.counts.total_arrested.value, 7);
}

// "Another 24 people, all but one of them women": the one is an exception
// within the 24, not a count of its own.
TEST(Binder, AllButOneIsNoCountOfItsOwn) {
  const auto s = extractor().analyze(
      "More than 80 people were arrested. Fifty-eight men were arrested on charges of soliciting "
      "prostitution. Another 24 people, all but one of them women, were arrested on charges of "
      "offering to commit prostitution. Two men were charged with deriving support from the "
      "proceeds of prostitution.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 24);
  EXPECT_EQ(s.counts.total_arrested.value, 84);
}

// Minors recovered and adult victims identified are different people.
TEST(Summary, AdultVictimsAddToMinorsRecovered) {
  const auto s = extractor().analyze(
      "The operation resulted in the arrest of 23 individuals and the recovery of four minors. "
      "Investigators also identified 11 adult victims of sex trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 15);
  // Men may be among the adults: no sum across them.
  const auto t = extractor().analyze(
      "Police identified 11 adult victims of sex trafficking. Three women were later identified as "
      "victims.");
  EXPECT_EQ(t.counts.victims_identified.value, 11);
}

// "Eleven adults ... Investigators identified four of them as possible
// victims": the four are adults, not the juveniles counted first; "all 11
// were offered shelter" after a semicolon does not inherit "identified".
TEST(Binder, AShareOfThemIsOfTheGroupTheSentenceBeforeCounted) {
  const auto s = extractor().analyze(
      "The operation led to eight arrests and the recovery of three juveniles. Eleven adults found "
      "during the operation were detained, interviewed by advocates and released without charges. "
      "Investigators identified four of them as possible trafficking victims; all 11 were offered "
      "shelter and counseling.");
  EXPECT_EQ(s.counts.victims_identified.value, 7);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

// "The women were interviewed ..., offered shelter ..., and released without
// charges": a stated zero for sellers; not when the people released are men.
TEST(Binder, WomenReleasedWithoutChargesAreASellerZero) {
  const auto s = extractor().analyze(
      "Deputies arrested 15 men for solicitation of prostitution. Deputies also encountered three "
      "women. The women were interviewed by advocates from Casa Refugio, offered shelter, medical "
      "care and immigration legal help, and released without charges.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  const auto t = extractor().analyze(
      "Deputies arrested 15 men for solicitation of prostitution. Two other men were questioned at "
      "the hotel and released without charges.");
  EXPECT_NE(t.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

// "None of the victims has been charged with any crime": the victims are not
// arrested (a seller zero); their number is not zero.
TEST(Binder, NoneOfTheVictimsChargedIsASellerZero) {
  const auto s = extractor().analyze(
      "Agents arrested nine defendants on sex trafficking charges. Investigators have identified "
      "14 victims. None of the victims has been charged with any crime.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.victims_identified.value, 14);
  const auto t = extractor().analyze(
      "Police arrested 12 men for soliciting. No trafficking victims were identified, and no one "
      "was charged with trafficking.");
  EXPECT_EQ(t.counts.victims_identified.status, CountStatus::kStatedZero);
}

// People who showed signs of trafficking are possible victims; referred to
// a named team for services is services offered.
TEST(Binder, SignsOfTraffickingMakePossibleVictims) {
  const auto s = extractor().analyze(
      "Several men were arrested for solicitation of prostitution. Officers also contacted three "
      "individuals who displayed indicators of possible human trafficking. These individuals were "
      "referred to the Dunmore County Human Trafficking Response Team for follow-up and services.");
  EXPECT_EQ(s.counts.victims_identified.value, 3);
  EXPECT_TRUE(s.flags.services_offered);
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kNotMentioned);
}

// "detectives encountered a 17-year-old girl ... The juvenile was taken
// into custody and charged with prostitution, and was later identified by
// detectives as a victim": one seller (a minor arrested) and one victim.
TEST(Binder, TheJuvenileAfterOnePersonBroughtInIsThatPerson) {
  const auto s = extractor().analyze(
      "Twelve people were arrested as a result of the operation. Eight men were arrested for "
      "soliciting prostitution. Three women were arrested for offering to commit prostitution. "
      "In addition, detectives encountered a 17-year-old girl from out of state who was "
      "advertising on a commercial sex website. The juvenile was taken into custody and charged "
      "with prostitution, and was later identified by detectives as a victim of human "
      "trafficking.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
  EXPECT_EQ(s.counts.victims_identified.value, 1);
  EXPECT_EQ(s.counts.total_arrested.value, 12);
  EXPECT_TRUE(s.flags.minors_arrested);
  // Two people before: "the woman" may be either.
  const auto t = extractor().analyze(
      "Eight men were arrested for soliciting prostitution. Detectives met a woman and a "
      "19-year-old woman at the motel. The woman was charged with prostitution.");
  EXPECT_NE(t.counts.sellers_arrested.status, CountStatus::kStated);
}

// Compound surnames with particles are names: the list under a charge
// heading goes on past "Armando de la Garza".
TEST(Binder, NamesWithParticlesStayInTheList) {
  const auto s = extractor().analyze(
      "Deputies arrested 4 men in the prostitution sting.\n\n"
      "Charged with solicitation of prostitution:\n"
      "- Juan Carlos Villarreal, 29, of Las Palmas\n"
      "- Armando de la Garza, 48, of Rio Claro\n"
      "- Kevin Michael Dunn, 40, of Monte Alto\n"
      "- Gerardo Elizondo Ramos, 56, of San Isidro\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 4);
}

// "charging nine people in connection with a sex trafficking enterprise ...
// Seven defendants are charged with sex trafficking": the figure tied to the
// case gives way to the figure charged with the offence.
TEST(Summary, AFigureTiedToACaseGivesWayToTheCharged) {
  const auto s = extractor().analyze(
      "A grand jury returned an indictment charging nine people in connection with a sex "
      "trafficking enterprise. Agents arrested all nine defendants on Monday. Seven defendants are "
      "charged with sex trafficking by force, fraud, or coercion. Three of those seven are also "
      "charged with sex trafficking of a minor. The remaining two defendants are charged with "
      "money laundering conspiracy.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 7);
  EXPECT_EQ(s.counts.total_arrested.value, 9);
  const auto alone =
      extractor().analyze("Police arrested five people in connection with a sex trafficking ring.");
  EXPECT_EQ(alone.counts.traffickers_arrested.value, 5);
}

// "17 men charged after deputies pose as escorts online": the escorts are
// the decoys' persona, not people arrested.
TEST(Binder, ANounAfterPosingAsIsThePersona) {
  const auto s = extractor().analyze(
      "17 men charged after deputies pose as escorts online\n\n"
      "Seventeen men are facing charges after a two-day undercover operation, the sheriff said. "
      "All 17 were charged with patronizing prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 17);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
  EXPECT_FALSE(s.flags.sellers_arrested);
  EXPECT_EQ(s.counts.total_arrested.value, 17);
}

// "Six others were charged": a number before "others" is a count, not "others
// were", a share of an antecedent.
TEST(Binder, NumberBeforeOthersIsACount) {
  const auto s = extractor().analyze(
      "Police arrested 20 people in a prostitution sting. Six others were charged with "
      "promoting prostitution.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 6);
}

// Beside a figure of buyers and one of traffickers, prostitution-related
// charges are the sellers' charges; alone they stay other arrests.
TEST(Binder, ProstitutionRelatedBesideBuyersAndTraffickersIsSellers) {
  const auto s = extractor().analyze(
      "More than 45 people were arrested during a weeklong operation targeting human "
      "trafficking and commercial sex, authorities said. Twenty-nine of those taken into custody "
      "were accused of trying to buy sex. Another 12 face prostitution-related charges. Six "
      "others were charged with promoting prostitution or human trafficking.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 29);
  EXPECT_EQ(s.counts.sellers_arrested.value, 12);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 6);
  EXPECT_EQ(s.counts.total_arrested.value, 47);
  EXPECT_TRUE(s.flags.sellers_arrested);
  const auto alone = extractor().analyze("Police arrested 26 people on prostitution-related charges.");
  EXPECT_FALSE(alone.flags.sellers_arrested);
  EXPECT_EQ(alone.counts.total_arrested.value, 26);
}

// "No one was charged with human trafficking. One of the men arrested is a
// coach": a negated charge is not the antecedent of the next sentence.
TEST(Binder, ANegatedChargeIsNoAntecedent) {
  const auto s = extractor().analyze(
      "Sixteen men were arrested during a sting aimed at people trying to buy sex online. All "
      "16 were charged with solicitation of prostitution. No one was charged with human "
      "trafficking, the chief said. One of the men arrested is an assistant coach at a local "
      "high school.");
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.buyers_arrested.value, 16);
}

// "Both were charged with prostitution, and one had an outstanding warrant":
// the one is among both.
TEST(Binder, ABareCountAfterAWholeGroupIsAmongIt) {
  const auto s = extractor().analyze(
      "An undercover operation at two motels ended with 14 people in custody. Twelve of the "
      "people arrested were men charged with soliciting a prostitute. Two women were also "
      "arrested. Both were charged with prostitution, and one had an outstanding warrant for "
      "retail fraud.");
  EXPECT_EQ(s.counts.total_arrested.value, 14);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
}

// A republishing notice above the headline is not the lead: the policy
// story's lead still names the legislation.
TEST(Summary, ARepublishingNoticeIsNotTheLead) {
  const auto s = extractor().analyze(
      "Statehouse News Service\n\n"
      "This story is published under a Creative Commons license. Republish it free.\n\n"
      "LEGISLATURE\n\n"
      "Bill would stop jailing people sold for sex\n\n"
      "A pair of lawmakers on Tuesday introduced legislation that would remove criminal "
      "penalties for selling sex. The bill would also allow records to be sealed.\n\n"
      "A police union leader said the threat of a prostitution charge sometimes gives "
      "investigators leverage to get a woman to talk.");
  EXPECT_FALSE(s.is_sting);
  EXPECT_FALSE(s.flags.sellers_arrested);
}

// "She was transported to the assessment center and is considered a possible
// victim": a finding about one person in the second half of a coordination.
TEST(Binder, OnePersonConsideredAVictimAfterAnotherVerb) {
  const auto s = extractor().analyze(
      "Nineteen people were charged with prostitution during the detail. One of the individuals "
      "charged is a 17-year-old female. She was transported to the youth assessment center and "
      "is considered a possible victim of commercial sexual exploitation.");
  EXPECT_EQ(s.counts.victims_identified.value, 1);
  EXPECT_EQ(s.counts.sellers_arrested.value, 19);
}

// "a 52-year-old woman and her 56-year-old husband": "her" after "and" and a
// counted person is one more person.
TEST(Binder, APersonAndHerHusbandAreTwo) {
  const auto s = extractor().analyze(
      "Police raided four massage spas. A 52-year-old Orrin Township woman and her 56-year-old "
      "husband were charged with promoting prostitution.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  const auto alone = extractor().analyze(
      "Police raided four massage spas. The owner and her husband were charged with promoting "
      "prostitution.");
  EXPECT_NE(alone.counts.traffickers_arrested.value, 2);
}

// "A 29-year-old man was arrested later that day ... He was charged with
// trafficking": one more person, with the charge the pronoun's sentence gives.
TEST(Binder, APronounsChargeIsThePersonCountedBefore) {
  const auto s = extractor().analyze(
      "Three people have been charged after police raided brothels. A 41-year-old man and a "
      "36-year-old woman were arrested at a house and charged with conducting a business "
      "involving sexual servitude. A 29-year-old man was arrested later that day at the airport. "
      "He was charged with trafficking in persons.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 3);
  // One of a group counted before is no new person.
  const auto of_group = extractor().analyze(
      "Five people were charged with human trafficking. Police said one of the men arrested "
      "had driven 90 miles. He was charged with trafficking a minor.");
  EXPECT_EQ(of_group.counts.traffickers_arrested.value, 5);
}

// A county's share of a statewide operation: "Statewide, ... 212 arrests",
// "people across the state" are the wider operation's figures.
TEST(Binder, StatewideFiguresBesideACountysShareAreBackground) {
  const auto s = extractor().analyze(
      "Marlow County deputies make 14 arrests in statewide trafficking sweep\n\n"
      "Fourteen people were arrested in Marlow County last week as part of a statewide "
      "operation, Sheriff Anita Greaves said. Ten men were charged with patronizing a "
      "prostitute. The other four were women charged with prostitution.\n\n"
      "No trafficking victims were identified in the county, the sheriff said.\n\n"
      "Statewide, the three-day operation - dubbed Operation Open Road - led to 212 arrests and "
      "the recovery of 38 victims, the attorney general said. Forty-one people across the state "
      "were charged with promoting prostitution or human trafficking.");
  EXPECT_EQ(s.counts.total_arrested.value, 14);
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kStatedZero);
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kNotMentioned);
  // A statewide lead keeps its statewide figures.
  const auto statewide = extractor().analyze(
      "Statewide sweep nets 212 arrests\n\n"
      "Officers across the state arrested 212 people in a three-day operation targeting "
      "commercial sex, the attorney general said. Across the state, 41 people were charged with "
      "promoting prostitution.");
  EXPECT_EQ(statewide.counts.total_arrested.value, 212);
  EXPECT_EQ(statewide.counts.traffickers_arrested.value, 41);
}

// "Roughly 40 ... Five were women charged with prostitution. The rest were
// men accused of trying to buy sex": roughly 35; "most of the rest" has no
// number.
TEST(Summary, TheRestOfAnApproximateTotalIsApproximate) {
  const auto s = extractor().analyze(
      "Roughly 40 people were arrested during a three-day undercover operation at hotels, police "
      "said. Five of those arrested were women charged with prostitution. The rest were men "
      "accused of trying to buy sex.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 35);
  EXPECT_TRUE(s.counts.buyers_arrested.approximate);
  EXPECT_EQ(s.counts.sellers_arrested.value, 5);
  const auto most = extractor().analyze(
      "More than 40 people were arrested during a prostitution sting, police said. Twelve women "
      "were arrested on prostitution charges. Most of the rest were men accused of trying to pay "
      "for sex.");
  EXPECT_EQ(most.counts.buyers_arrested.status, CountStatus::kUnspecified);
}

// "A 41-year-old man and a 36-year-old woman were arrested ... The man was
// charged with conducting a business involving sexual servitude, deceptive
// recruiting ... The woman was charged with ...": each is one person, and the
// man's further charge (a numberless claim beside his 1) leaves him one.
TEST(Binder, TheManThenTheWomanAfterACoupleArrestedAreOneEach) {
  const auto s = extractor().analyze(
      "Police have charged two people following an investigation into sexual servitude. A "
      "41-year-old man and a 36-year-old woman were arrested at a home in Corrawong. The man "
      "was charged with conducting a business involving sexual servitude, deceptive recruiting "
      "for commercial sexual services, and dealing with the proceeds of crime. The woman was "
      "charged with conducting a business involving sexual servitude.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 2);
}

TEST(Binder, OtherItemsOfAPoliceBlotterAreOtherStories) {
  const auto s = extractor().analyze(
      "Weekly police log: sting, burglary, traffic\n\n"
      "VICE OPERATION - Detectives arrested seven people Friday in a prostitution sting at a "
      "motel on Route 9. Five men were charged with soliciting prostitution and two women were "
      "charged with prostitution.\n\n"
      "TRAFFIC ENFORCEMENT - Officers arrested four drivers for driving while intoxicated. Three "
      "other drivers were cited for speeding.\n\n"
      "BURGLARY - A 33-year-old man was arrested after a break-in at a hardware store.\n");
  EXPECT_EQ(s.counts.total_arrested.value, 7);
  EXPECT_EQ(s.counts.buyers_arrested.value, 5);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
}

TEST(Binder, ABlotterOfSexItemsOnlyKeepsEveryItem) {
  const auto s = extractor().analyze(
      "Police briefs\n\n"
      "SOLICITATION ARRESTS - Officers arrested three men for soliciting prostitution on Elm "
      "Street.\n\n"
      "MOTEL RAID - Two women were charged with prostitution at the Starview Motel.\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 3);
  EXPECT_EQ(s.counts.sellers_arrested.value, 2);
}

TEST(Binder, ALocalShareOfAStatewideOperationIsTheOperation) {
  const auto s = extractor().analyze(
      "Harlan deputies arrest 6 in statewide trafficking sweep\n\n"
      "Six men were arrested in Harlan County last week as part of a statewide prostitution "
      "sting, the sheriff said. All six were charged with soliciting "
      "prostitution.\n\n"
      "Statewide, the operation led to 154 arrests, and 11 possible victims were identified, "
      "the attorney general said. Nine people across the state were charged with "
      "trafficking.\n");
  EXPECT_EQ(s.counts.total_arrested.value, 6);
  EXPECT_EQ(s.counts.buyers_arrested.value, 6);
  EXPECT_EQ(s.counts.victims_identified.status, CountStatus::kNotMentioned);
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, AStatewideOperationItselfKeepsItsStatewideFigures) {
  const auto s = extractor().analyze(
      "Attorney general: 154 arrested in statewide trafficking sweep\n\n"
      "The attorney general said 154 people were arrested in a statewide prostitution sweep. "
      "Across the state, 120 men were charged with soliciting "
      "prostitution.\n");
  EXPECT_EQ(s.counts.total_arrested.value, 154);
  EXPECT_EQ(s.counts.buyers_arrested.value, 120);
}

TEST(Binder, ATotalsRowOfAResultsTableGivesEachColumn) {
  const auto s = extractor().analyze(
      "Sheriff's office announces sting results\n\n"
      "Deputies arrested 25 people in a prostitution sting, the sheriff said.\n\n"
      "District   | Solicitation | Prostitution | Promoting | Total\n"
      "-----------|--------------|--------------|-----------|------\n"
      "North      |      9       |      2       |     1     |  12\n"
      "South      |      10      |      2       |     1     |  13\n"
      "TOTAL      |      19      |      4       |     2     |  25\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 19);
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
  EXPECT_EQ(s.counts.total_arrested.value, 25);
}

TEST(Binder, AColumnOfOfficersInAResultsTableCountsNoOne) {
  const auto s = extractor().analyze(
      "Sting results\n\n"
      "Three agencies reported these arrests in the prostitution sting:\n\n"
      "Agency          Officers   Buyers   Sellers   Victims\n"
      "Sheriff            20        12        2         1\n"
      "City PD            15         9        1         2\n"
      "TOTAL              35        21        3         3\n");
  EXPECT_EQ(s.counts.buyers_arrested.value, 21);
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
  EXPECT_EQ(s.counts.victims_identified.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 24);
}

TEST(Binder, AFigureRaisedFromOneToAnotherIsTheNewOne) {
  const auto s = extractor().analyze(
      "Police arrested 12 men for soliciting prostitution last week. Detectives later raised "
      "the number of people identified as trafficking victims from four to six.");
  EXPECT_EQ(s.counts.victims_identified.value, 6);
}

TEST(Binder, TwoChargesWithAVerbEachUnderOneCountGiveOnlyTheTotal) {
  const auto s = extractor().analyze(
      "The operation ended with 64 arrests of people trying to buy sex or charged with "
      "promoting prostitution.");
  EXPECT_EQ(s.counts.total_arrested.value, 64);
  EXPECT_EQ(s.counts.buyers_arrested.status, CountStatus::kUnspecified);
  EXPECT_EQ(s.counts.traffickers_arrested.status, CountStatus::kUnspecified);
}

TEST(Binder, AFollowUpsInitialFiguresGiveWayToTheFinalOnes) {
  const auto s = extractor().analyze(
      "The number of people arrested in the motel sting has grown to 19, up from the 15 "
      "arrests announced Monday. The department's initial release said 12 men had been "
      "charged with soliciting prostitution. The final count: 16 men charged with soliciting "
      "prostitution and three women charged with prostitution.");
  EXPECT_EQ(s.counts.total_arrested.value, 19);
  EXPECT_EQ(s.counts.buyers_arrested.value, 16);
  EXPECT_EQ(s.counts.sellers_arrested.value, 3);
}

TEST(Binder, PeopleAmongThoseChargedAreCountedAlready) {
  const auto s = extractor().analyze(
      "Four women were charged with prostitution. Two of the victims identified are women who "
      "were among those charged with prostitution.");
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
}

TEST(Binder, AShareOfTheWomenTakesNoActOfTheMenBefore) {
  const auto s = extractor().analyze(
      "Nine men were charged with soliciting prostitution and three women with prostitution. "
      "The two men charged with pimping remain in jail. A lawyer who represents one of the "
      "women said she should never have been charged.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 2);
}

TEST(Binder, NoneOfThemAfterMenIsNoZeroForSellers) {
  const auto s = extractor().analyze(
      "Detectives arrested 11 men for soliciting prostitution. The six men who replied to the "
      "ads but stayed away are known to police, a sergeant said, adding that none of them have "
      "been charged yet.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 11);
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kNotMentioned);
}

TEST(Binder, NoneOfThemAfterWomenIsStillAZeroForSellers) {
  const auto s = extractor().analyze(
      "Detectives arrested 11 men for soliciting prostitution. Officers also met four women at "
      "the motel, and none of them were arrested.");
  EXPECT_EQ(s.counts.sellers_arrested.status, CountStatus::kStatedZero);
}

// "Of the nine, six - four men and two women - were arrested on suspicion of
// human trafficking": a bare count before a breakdown between dashes keeps
// its figure; the dash is no word of a noun phrase "- four men".
TEST(Binder, ABareCountBeforeADashBreakdownKeepsItsFigure) {
  const auto s = extractor().analyze(
      "Nine people have been arrested in a brothel investigation, police said. Of the nine, six - "
      "four men and two women - were arrested on suspicion of human trafficking. The remaining "
      "three were arrested on suspicion of paying for sex.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 6);
  EXPECT_EQ(s.counts.buyers_arrested.value, 3);
  EXPECT_EQ(s.counts.total_arrested.value, 9);
}

// "Two of the nine - women aged 19 and 24 - were identified as victims": the
// parenthesis between dashes after a partitive and its base is passed over.
TEST(Binder, APartitiveBeforeADashParenthesisTakesThePredicateAfterIt) {
  const auto s = extractor().analyze(
      "Outreach workers met with nine people who were selling sex during the operation. None of "
      "them were charged. Two of the nine - women aged 19 and 24 - were identified as victims of "
      "human trafficking.");
  EXPECT_EQ(s.counts.victims_identified.value, 2);
  EXPECT_EQ(s.counts.sellers_arrested.value, 0);
}

// "Ten of them were men who arranged ... to meet undercover deputies,
// Greaves said; they were charged with patronizing a prostitute": "they"
// after the semicolon is the ten.
TEST(Binder, TheyAfterASemicolonIsTheCountBeforeIt) {
  const auto s = extractor().analyze(
      "Fourteen people were arrested in Marlow County last week, Sheriff Anita Greaves said. Ten "
      "of them were men who arranged through online ads to meet undercover deputies at a hotel, "
      "Greaves said; they were charged with patronizing a prostitute. The other four were women "
      "charged with prostitution.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 10);
  EXPECT_EQ(s.counts.sellers_arrested.value, 4);
  EXPECT_EQ(s.counts.total_arrested.value, 14);
}

// "There were nine of them. Each was charged with soliciting prostitution":
// "each" takes the count of a sentence that only says how many there were.
TEST(Binder, EachAfterThereWereNineIsNine) {
  const auto s = extractor().analyze(
      "Police arrested 13 people, four of them women accused of offering sex for money, during a "
      "hotel sting. The men who answered the ads agreed to pay an undercover officer, Kohl said. "
      "There were nine of them. Each was charged with soliciting prostitution. One of them, a "
      "29-year-old man, was additionally charged with possession of methamphetamine.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 9);
  EXPECT_EQ(s.counts.total_arrested.value, 13);
}

// "about a dozen of the women told investigators ... Those women were
// referred ... as potential trafficking victims": about 12 victims.
TEST(Binder, ThoseWomenAreTheWomenCountedBefore) {
  const auto s = extractor().analyze(
      "Police arrested 40 women on prostitution charges during the operation. Police said about a "
      "dozen of the women told investigators they were turning over their earnings to someone "
      "else. Those women were referred to the Human Trafficking Response Unit as potential "
      "trafficking victims.");
  EXPECT_EQ(s.counts.victims_identified.value, 12);
  EXPECT_TRUE(s.counts.victims_identified.approximate);
  // The noun must agree: "those men" are not the women.
  const auto other = extractor().analyze(
      "Police arrested 40 people during the operation. Police said about a dozen of the women "
      "told investigators they were turning over their earnings. Those men were referred to the "
      "Human Trafficking Response Unit as potential trafficking victims.");
  EXPECT_NE(other.counts.victims_identified.value, 12);
}

// "The other five believed they were arranging to pay for sex with girls ...
// Those five men face felony charges of online solicitation of a minor": the
// rest of the group, added to the eleven.
TEST(Binder, ThoseFiveAfterTheOtherFiveAreTheRest) {
  const auto s = extractor().analyze(
      "Sixteen men were arrested during a three-day undercover operation. Eleven of the men "
      "answered ads that appeared to be from adult women and were charged with solicitation of "
      "prostitution. The other five believed they were arranging to pay for sex with girls. The "
      "\"girls\" were detectives. Those five men face felony charges of online solicitation of a "
      "minor.");
  EXPECT_EQ(s.counts.buyers_arrested.value, 16);
  EXPECT_EQ(s.counts.total_arrested.value, 16);
}

// "The remaining seven were women charged with prostitution. Five of them,
// including a 17-year-old girl, were identified ... as possible trafficking
// victims": the girl was among those arrested; not when the group before was
// people found, not arrested.
TEST(Binder, AMinorIncludedInAShareOfTheArrestedWasArrested) {
  const auto s = extractor().analyze(
      "Deputies arrested 26 people, including 17 men accused of trying to buy sex and two men "
      "charged with promoting prostitution. The remaining seven were women charged with "
      "prostitution. Five of them, including a 17-year-old girl, were identified by detectives as "
      "possible trafficking victims.");
  EXPECT_TRUE(s.flags.minors_arrested);
  const auto found = extractor().analyze(
      "Deputies arrested 17 men accused of trying to buy sex. Detectives also identified eight "
      "possible trafficking victims at the hotels. Five of them, including a 17-year-old girl, "
      "were taken to a shelter.");
  EXPECT_FALSE(found.flags.minors_arrested);
}

// "Halverton police have laid 38 charges against 13 men ... Twelve of the men
// are charged with obtaining sexual services ... The 13th man, from
// Halverton, is charged with trafficking in persons": one person of the 13.
TEST(Binder, TheThirteenthManIsOneOfTheGroup) {
  const auto s = extractor().analyze(
      "Halverton Regional Police have laid 38 charges against 13 men following a month-long "
      "investigation. Twelve of the men are charged with obtaining sexual services for consideration. The "
      "13th man, a 27-year-old from Halverton, is charged with trafficking in persons.");
  EXPECT_EQ(s.counts.traffickers_arrested.value, 1);
  EXPECT_EQ(s.counts.buyers_arrested.value, 12);
  EXPECT_EQ(s.counts.total_arrested.value, 13);
}


// Review of session 5's rules: ordinary copy they first got wrong.
TEST(Binder, ReviewedRulesLeaveOrdinaryCopyAlone) {
  // "connected to", "provided by" are no services verbs of their own.
  const auto connected = extractor().analyze(
      "Detectives arrested two women and three men connected to the massage parlor on Friday "
      "on prostitution charges.");
  EXPECT_EQ(connected.counts.total_arrested.value, 5);
  // "Preliminary figures" may be the only figures.
  const auto preliminary = extractor().analyze(
      "Preliminary figures showed 42 people were arrested in the two-day prostitution sting, "
      "the sheriff said.");
  EXPECT_EQ(preliminary.counts.total_arrested.value, 42);
  // "two sister agencies" are no people.
  const auto sister = extractor().analyze(
      "Deputies and officers from two sister agencies arrested men accused of soliciting "
      "prostitution at a motel on Friday.");
  EXPECT_NE(sister.counts.buyers_arrested.value, 2);
  // A dateline and an update are one story, not two blotter items.
  const auto update = extractor().analyze(
      "MARLOW - Police arrested 12 men in a prostitution sting at a motel on Friday.\n\n"
      "UPDATE - Police said Monday that two more men were arrested Sunday night in the same "
      "sting.");
  EXPECT_EQ(update.counts.total_arrested.value, 14);
  // "in connection with" an act of buying is that act, not a loose tie.
  const auto connection = extractor().analyze(
      "Police arrested 20 men in connection with soliciting prostitution during a two-day "
      "sting. Three men were charged with soliciting a minor.");
  EXPECT_EQ(connection.counts.buyers_arrested.value, 20);
  // A part of a statewide operation's figures is no local share of it.
  const auto statewide = extractor().analyze(
      "As part of a statewide operation last week, 45 men were arrested for soliciting "
      "prostitution, the attorney general said. In all, officers in 12 counties arrested 130 "
      "people.");
  EXPECT_EQ(statewide.counts.total_arrested.value, 130);
  // A totals row with a cell of commas alone: no number, and no lost analysis.
  const auto table = extractor().analyze(
      "Statewide sting results\n\n"
      "County | Buyers | Sellers | Total\n"
      "Marlow | 10 | 4 | 14\n"
      "Total | , | 8 | 38\n");
  EXPECT_TRUE(std::none_of(table.warnings.begin(), table.warnings.end(),
                           [](const std::string& w) { return w.find("failed") != std::string::npos; }));
}

}  // namespace

}  // namespace rehope
