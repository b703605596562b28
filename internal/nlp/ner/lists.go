package ner

// Hand-written word lists used as gazetteer features (and by the trainer to map
// dataset labels). They are general English news vocabulary, not keyed to any article.

// Gazetteer kinds (bit flags).
const (
	KCountry   uint32 = 1 << iota // country name
	KCity                         // city / town (GeoNames)
	KAdmin                        // first-level region (state, province, governorate)
	KDemonym                      // nationality / religious / ethnic adjective or plural noun
	KFirstName                    // common given name
	KOrgKey                       // word that heads organisation names ("Ministry", "Brigade")
	KTitle                        // person title ("President", "Gen.")
	KLocWord                      // word that heads non-political places ("Strip", "Heights")
	KFacWord                      // word that heads facilities ("Airport", "Mosque")
	KRegion                       // continent or region ("Middle East")
	KWeapon                       // weapon word ("Kalashnikov", "rocket")
	KParticle                     // name particle ("al", "bin", "de", "van")
	KStop                         // capitalised function word that is rarely a name ("The", "We")
	KPerson                       // full name of a known person (Phoenix actor dictionary)
	KOrgName                      // name of a known organisation (Phoenix dictionaries)
	KSurname                      // last word of a known person's name
	KCapHigh                      // word written capitalised mid-sentence >= 80% of the time in news text
	KCapLow                       // word written capitalised mid-sentence <= 20% of the time in news text
	KDistrict                     // second-level division (GeoNames admin2: "King County")
	numKinds   = 19
)

// KAltPlace marks another spelling of a city's name (GeoNames alternate names: "Khan Younis",
// "St Petersburg"). It makes no feature (Kinds and the featurizer drop it, so a model trained
// with or without these entries has the same weights); only the place readings of places9.go
// look at it, through AllKinds.
const KAltPlace uint32 = 1 << 24

var demonyms = []string{
	"Afghan", "Albanian", "Algerian", "American", "Angolan", "Arab", "Argentine", "Argentinian",
	"Armenian", "Assyrian", "Australian", "Austrian", "Azerbaijani", "Azeri", "Bahraini", "Baluch",
	"Bangladeshi", "Belarusian", "Belgian", "Bolivian", "Bosnian", "Brazilian", "British", "Briton",
	"Bulgarian", "Burmese", "Burundian", "Cambodian", "Cameroonian", "Canadian", "Chadian", "Chechen",
	"Chilean", "Chinese", "Colombian", "Congolese", "Croatian", "Cuban", "Cypriot", "Czech", "Danish",
	"Dutch", "Ecuadorian", "Egyptian", "Emirati", "English", "Eritrean", "Estonian", "Ethiopian",
	"European", "Filipino", "Finnish", "French", "Georgian", "German", "Ghanaian", "Greek", "Guatemalan",
	"Haitian", "Honduran", "Hungarian", "Icelandic", "Indian", "Indonesian", "Iranian", "Iraqi", "Irish",
	"Israeli", "Italian", "Ivorian", "Jamaican", "Japanese", "Jordanian", "Kazakh", "Kenyan", "Korean",
	"Kosovar", "Kurdish", "Kurd", "Kuwaiti", "Kyrgyz", "Latvian", "Lebanese", "Liberian", "Libyan",
	"Lithuanian", "Malaysian", "Malian", "Maltese", "Mauritanian", "Mexican", "Moldovan", "Mongolian",
	"Moroccan", "Mozambican", "Nepalese", "Nepali", "Nigerian", "Nigerien", "Norwegian", "Omani",
	"Pakistani", "Palestinian", "Panamanian", "Paraguayan", "Pashtun", "Persian", "Peruvian", "Polish",
	"Portuguese", "Qatari", "Romanian", "Russian", "Rwandan", "Saudi", "Scottish", "Senegalese",
	"Serbian", "Serb", "Sierra Leonean", "Singaporean", "Slovak", "Slovenian", "Somali", "South African",
	"South Korean", "North Korean", "South Sudanese", "Spanish", "Sri Lankan", "Sudanese", "Swedish",
	"Swiss", "Syrian", "Taiwanese", "Tajik", "Tanzanian", "Thai", "Tunisian", "Turkish", "Turk",
	"Turkmen", "Ugandan", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan", "Vietnamese", "Welsh",
	"Yemeni", "Zambian", "Zimbabwean", "Western", "Asian", "African", "Latin American", "Gulf Arab",
	"Israelite", "Ottoman", "Soviet", "Bedouin", "Berber", "Tuareg", "Tamil", "Sikh", "Hindu",
	"Buddhist", "Muslim", "Moslem", "Christian", "Catholic", "Protestant", "Orthodox", "Coptic", "Copt",
	"Jewish", "Jew", "Sunni", "Shia", "Shiite", "Shi'ite", "Alawite", "Druze", "Yazidi", "Ismaili",
	"Maronite", "Salafi", "Salafist", "Wahhabi", "Jihadist", "Islamist", "Zionist", "Baathist",
	"Ba'athist", "Communist", "Socialist", "Republican", "Democrat", "Democratic", "Conservative",
	"Labour", "Liberal", "Marxist", "Maoist", "Rohingya", "Uyghur", "Uighur", "Hazara", "Turkoman",
	"Turkmen", "Circassian", "Houthi", "Hutu", "Tutsi", "Fulani", "Hausa", "Igbo", "Yoruba", "Amhara",
	"Oromo", "Tigrayan", "Somali", "Masai", "Zulu", "Sinhalese", "Punjabi", "Bengali", "Gujarati",
	"Crimean", "Tatar", "Cossack", "Basque", "Catalan", "Corsican", "Flemish", "Walloon", "Scandinavian",
	"Balkan", "Caucasian", "Levantine", "Maghrebi", "Saharan", "Iranian-backed", "Emirati", "Sudanese",
	"Sahrawi", "Iraqi Kurdish", "Syrian Kurdish", "Shiite Muslim", "Sunni Muslim", "Arab Israeli",
}

var firstNames = []string{
	// English / European
	"John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
	"Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
	"Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan",
	"Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
	"Benjamin", "Samuel", "Frank", "Gregory", "Raymond", "Alexander", "Patrick", "Jack", "Dennis", "Jerry",
	"Tyler", "Aaron", "Henry", "Adam", "Peter", "Nathan", "Zachary", "Douglas", "Harold", "Carl", "Arthur",
	"Lawrence", "Roger", "Joe", "Albert", "Jesse", "Bruce", "Ralph", "Roy", "Eugene", "Louis", "Philip",
	"Bobby", "Johnny", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
	"Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly",
	"Emily", "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura",
	"Sharon", "Cynthia", "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela",
	"Nicole", "Samantha", "Katherine", "Christine", "Catherine", "Debra", "Rachel", "Carolyn", "Janet",
	"Maria", "Heather", "Diane", "Julie", "Joyce", "Victoria", "Kelly", "Christina", "Joan", "Evelyn",
	"Lauren", "Judith", "Olivia", "Martha", "Cheryl", "Megan", "Andrea", "Hannah", "Jacqueline", "Ann",
	"Jean", "Alice", "Kathryn", "Gloria", "Teresa", "Doris", "Sara", "Janice", "Julia", "Marie", "Madison",
	"Grace", "Judy", "Theresa", "Beverly", "Denise", "Marilyn", "Amber", "Danielle", "Rose", "Brittany",
	"Diana", "Abigail", "Natalie", "Jane", "Lori", "Alexis", "Tiffany", "Kayla", "Boris", "Vladimir",
	"Sergei", "Sergey", "Dmitry", "Dmitri", "Alexei", "Alexey", "Mikhail", "Ivan", "Igor", "Andrei",
	"Nikolai", "Yuri", "Viktor", "Volodymyr", "Oleksandr", "Emmanuel", "Francois", "François", "Jean",
	"Pierre", "Jacques", "Nicolas", "Laurent", "Angela", "Olaf", "Hans", "Klaus", "Wolfgang", "Heiko",
	"Frank-Walter", "Ursula", "Giuseppe", "Matteo", "Giorgia", "Silvio", "Pedro", "Jose", "José", "Juan",
	"Carlos", "Luis", "Antonio", "Manuel", "Mariano", "Recep", "Tayyip", "Mevlut", "Hulusi", "Benjamin",
	"Yair", "Naftali", "Ehud", "Ariel", "Shimon", "Yitzhak", "Avigdor", "Benny", "Yoav", "Gadi", "Moshe",
	"Yossi", "Itamar", "Bezalel", "Isaac", "Antony", "Lloyd", "Rex", "Mike", "Hillary", "Barack",
	"Joe", "Kamala", "Jake", "Ashton", "Theresa", "Rishi", "Keir", "Tony", "Gordon", "Jeremy", "Dominic",
	"Xi", "Narendra", "Imran", "Shehbaz", "Nawaz", "Kim", "Shinzo", "Fumio", "Ban", "Kofi", "Antonio",
	// Arabic / Persian / Turkish / Kurdish
	"Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Ahmed", "Ahmad", "Ali", "Hassan", "Hasan",
	"Hussein", "Husain", "Hussain", "Omar", "Umar", "Khalid", "Khaled", "Abdullah", "Abdallah", "Abdul",
	"Abdel", "Abd", "Ibrahim", "Ismail", "Youssef", "Yousef", "Yusuf", "Mustafa", "Mostafa", "Mahmoud",
	"Mahmud", "Saeed", "Said", "Saleh", "Salih", "Walid", "Waleed", "Nabil", "Samir", "Sami", "Karim",
	"Kareem", "Tariq", "Tarek", "Fadi", "Rami", "Ziad", "Imad", "Emad", "Hamza", "Hamad", "Hamid",
	"Majid", "Nasser", "Naser", "Nasrallah", "Rashid", "Rasheed", "Faisal", "Fahd", "Sultan", "Talal",
	"Adel", "Adil", "Amir", "Amer", "Ammar", "Anas", "Ayman", "Bashar", "Hafez", "Maher", "Rifaat",
	"Faruq", "Farouk", "Haider", "Haidar", "Nouri", "Nuri", "Jalal", "Masoud", "Massoud", "Nechirvan",
	"Barham", "Fuad", "Fouad", "Qassem", "Qasem", "Qais", "Muqtada", "Ammar", "Hadi", "Abu", "Moqtada",
	"Ayatollah", "Ruhollah", "Hassan", "Javad", "Ebrahim", "Hossein", "Mahmoud", "Abbas", "Yahya",
	"Ismail", "Khalil", "Marwan", "Salah", "Salman", "Mohammed bin", "Tamim", "Zayed", "Mansour",
	"Sheikh", "Recep", "Ahmet", "Mehmet", "Mustafa", "Selahattin", "Abdulla", "Zainab", "Fatima",
	"Aisha", "Mariam", "Maryam", "Layla", "Leila", "Noor", "Nour", "Rania", "Hanan", "Huda", "Samira",
	"Yasmin", "Amal", "Hind", "Lina", "Dina", "Reem", "Sara", "Yasser", "Yasir", "Osama", "Usama",
	"Ayman", "Anwar", "Jamal", "Kamal", "Ghassan", "Riad", "Riyad", "Wael", "Hisham", "Hesham", "Ehab",
	"Mazen", "Munther", "Ghazi", "Jaber", "Jabbar", "Ayad", "Iyad", "Hakim", "Sabri", "Raed", "Ra'ed",
	"Basel", "Bassel", "Firas", "Louay", "Yazan", "Khaldoun", "Ghaith", "Mazin", "Wissam", "Issam",
	"Atef", "Adnan", "Burhan", "Erdogan", "Hakan", "Kemal", "Binali", "Ekrem", "Abdulrahman",
	"Abdulaziz", "Abdelaziz", "Abdelkader", "Abdelfattah", "Abdel-Fattah", "Abu Bakr", "Abubakar",
	"Mullah", "Hibatullah", "Ashraf", "Hamid", "Gulbuddin", "Sirajuddin", "Ashraf", "Shah", "Zaid",
}

var orgKeys = []string{
	"Ministry", "Army", "Party", "Front", "Brigade", "Brigades", "Council", "Forces", "Force",
	"University", "Agency", "Committee", "Commission", "Union", "Organization", "Organisation",
	"Association", "Movement", "Group", "Corporation", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.",
	"Co.", "Company", "Bank", "Institute", "Office", "Department", "Police", "Guard", "Guards", "Corps",
	"Command", "Coalition", "Alliance", "League", "Assembly", "Parliament", "Congress", "Senate",
	"Court", "Authority", "Federation", "Foundation", "Network", "News", "Times", "Post", "Airlines",
	"Airways", "Navy", "Regiment", "Battalion", "Battalions", "Division", "Militia", "Militias",
	"Units", "Unit", "Service", "Services", "Bureau", "Secretariat", "Nations", "Fund", "Program",
	"Programme", "Society", "Club", "FC", "Cabinet", "Government", "Administration", "Board",
	"Center", "Centre", "Observatory", "Watch", "International", "Crescent", "Cross", "Church",
	"Tribunal", "Directorate", "Mission", "Legion", "Revolutionary", "Mobilisation", "Mobilization",
	"Hashd", "Jaish", "Harakat", "Liwa", "Kataib", "Kata'ib", "Ansar", "Jabhat", "Hizb", "Tahrir",
	"Islamic", "Liberation", "Resistance", "Jihad", "Press", "Agence", "Reuters", "Television", "TV",
	"Radio", "Channel", "Herald", "Journal", "Gazette", "Tribune", "Telegraph", "Express", "Daily",
	"Group's", "Industries", "Holdings", "Motors", "Systems", "Technologies", "Enterprises",
	"Laboratories", "Academy", "College", "School", "Hospital", "Trust", "Partners", "Capital",
	"Investments", "Securities", "Exchange", "Consortium", "Institution", "Council's", "Presidency",
	"Peshmerga", "Taliban", "Mujahideen", "Mujahedeen", "Caliphate",
}

var titles = []string{
	"President", "Vice", "Prime", "Minister", "Secretary", "Spokesman", "Spokeswoman", "Spokesperson",
	"Ambassador", "Envoy", "General", "Gen.", "Lt.", "Lieutenant", "Col.", "Colonel", "Maj.", "Major",
	"Capt.", "Captain", "Sgt.", "Sergeant", "Admiral", "Adm.", "Commander", "Cmdr.", "Gov.", "Governor",
	"Sen.", "Senator", "Rep.", "Representative", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
	"Sheikh", "Sheik", "Shaikh", "King", "Queen", "Prince", "Princess", "Emir", "Amir", "Sultan", "Pope",
	"Ayatollah", "Imam", "Cleric", "Chancellor", "Chairman", "Chairwoman", "Director", "Chief", "Judge",
	"Justice", "Mayor", "Deputy", "Leader", "Speaker", "Foreign", "Defence", "Defense", "Interior",
	"Finance", "Premier", "Brig.", "Brigadier", "Marshal", "Field", "Pvt.", "Private", "Cpl.", "Corporal",
	"Father", "Rev.", "Reverend", "Rabbi", "Bishop", "Archbishop", "Patriarch", "Cardinal", "Mullah",
	"Lord", "Lady", "Sir", "Dame", "Professor", "Prof.", "Hon.", "Attorney", "Commissioner", "Inspector",
	"Officer", "Superintendent", "Sheriff", "Councillor", "Councilman", "MP", "Lawmaker", "Mufti",
	"Caliph", "Grand", "Supreme", "Crown", "Officials", "Official", "Analyst", "Mrs.", "Gen", "Col",
	"Lt", "Sgt", "Capt", "Maj", "Staff", "Spokesperson", "Coordinator", "Representative", "Counsellor",
	"Lieutenant-Colonel", "Lieutenant-General", "Major-General", "Brigadier-General", "Lt-Col", "Lt-Gen",
	"Maj-Gen", "Lt.-Col.", "Lt.-Gen.", "Maj.-Gen.", "Comr.", "Commr.", "Insp.", "Supt.", "Cmdt.", "Const.",
	"Pte.", "Det.", "Lieut.", "Cdr.", "Comr", "Commr", "Insp", "Supt", "Cmdt",
}

var locWords = []string{
	"Strip", "Heights", "River", "Sea", "Gulf", "Valley", "Desert", "Bank", "Plain", "Plains", "Lake",
	"Ocean", "Peninsula", "Island", "Islands", "Mount", "Mountain", "Mountains", "Basin", "Coast",
	"Hills", "Hill", "Ridge", "Range", "Canal", "Bay", "Strait", "Straits", "Channel", "Delta", "Oasis",
	"Plateau", "Highlands", "Lowlands", "Forest", "Marshes", "Marsh", "Steppe", "Corridor", "Crossing",
	"Pass", "Cape", "Archipelago", "Glacier", "Creek", "Falls", "Springs", "Wadi", "Jabal", "Jebel",
	"Mt.", "Border", "Region", "Zone", "Triangle", "Belt", "Front", "Sahara", "Sahel", "Levant",
}

var facWords = []string{
	"Airport", "Airbase", "Air Base", "Base", "Mosque", "Church", "Cathedral", "Temple", "Synagogue",
	"Shrine", "Bridge", "Dam", "Hospital", "Prison", "Jail", "Palace", "Square", "Street", "Road",
	"Avenue", "Highway", "Stadium", "Hotel", "Tower", "Towers", "Building", "Port", "Harbour", "Harbor",
	"Station", "Camp", "Checkpoint", "Refinery", "Plant", "Reactor", "Embassy", "Consulate", "Museum",
	"Market", "Mall", "Gate", "Crossing", "Terminal", "Complex", "Compound", "Facility", "Field",
	"Citadel", "Fort", "Castle", "Barracks", "House", "Center", "Centre", "Mausoleum", "Monument",
	"Boulevard", "Motorway", "Tunnel", "Pipeline", "Oilfield", "Mine", "Cemetery", "Park", "Hall",
	"Kremlin", "Pentagon",
}

var regions = []string{
	"Middle East", "Near East", "Far East", "Europe", "Africa", "Asia", "North Africa", "West Africa",
	"East Africa", "Southern Africa", "Central Asia", "South Asia", "Southeast Asia", "East Asia",
	"Latin America", "South America", "North America", "Central America", "Caribbean", "Balkans",
	"Caucasus", "Levant", "Maghreb", "Sahel", "Horn of Africa", "Arabian Peninsula", "Persian Gulf",
	"Gulf", "Mediterranean", "Eastern Europe", "Western Europe", "Scandinavia", "Oceania", "Arctic",
	"Antarctic", "Kurdistan", "Galilee", "Negev", "Sinai", "Golan", "Golan Heights", "West Bank",
	"Gaza Strip", "East Jerusalem", "Pacific", "Atlantic", "Indian Ocean", "Red Sea", "Black Sea",
	"Dead Sea", "Euphrates", "Tigris", "Nile", "Jordan Valley", "Bekaa", "Bekaa Valley", "Anbar",
	"Donbas", "Donbass", "Crimea", "Kashmir", "Darfur", "Sahara", "Mesopotamia", "Arabia",
}

var weaponWords = []string{
	"AK-47", "Kalashnikov", "M16", "M4", "RPG", "RPG-7", "IED", "IEDs", "VBIED", "Katyusha", "Grad",
	"Scud", "Tomahawk", "Hellfire", "Javelin", "Stinger", "HIMARS", "Patriot", "Iron Dome", "Kornet",
	"TOW", "Qassam", "Fajr", "Shahed", "Kalibr", "Iskander", "Kinzhal", "Sarin", "Chlorine", "Mustard",
	"rocket", "rockets", "missile", "missiles", "mortar", "mortars", "drone", "drones", "bomb",
	"bombs", "shell", "shells", "grenade", "grenades", "rifle", "rifles", "artillery", "munitions",
	"explosives", "barrel", "mine", "mines", "howitzer", "howitzers", "Buk", "S-300", "S-400",
	"Burkan", "Zelzal", "Fateh", "Shahab", "Sejjil", "Quds", "Samad", "Tochka", "ATACMS", "Storm Shadow",
}

var particles = []string{
	"al", "el", "bin", "ibn", "bint", "abu", "abou", "de", "la", "le", "du", "des", "da", "di", "van",
	"von", "der", "den", "del", "dos", "das", "ben", "ould", "ad", "as", "ash", "ar", "at", "az", "an",
	"ul", "ur", "ut", "y", "St.", "Saint", "San", "Santa", "Al", "El", "Abu", "Bin", "Ibn", "Bani",
	"Beni", "Umm", "Ain", "Tal", "Tell", "Deir", "Kafr", "Kfar", "Beit", "Bayt", "Jisr", "Khan", "Ras",
	"Bir", "Hay", "Hayy", "Wadi", "Jabal", "Jebel",
}

var stopCaps = []string{
	"The", "A", "An", "We", "I", "He", "She", "It", "They", "You", "Our", "Their", "His", "Her", "Its",
	"This", "That", "These", "Those", "There", "Here", "In", "On", "At", "For", "But", "And", "Or",
	"If", "When", "While", "After", "Before", "As", "By", "With", "From", "To", "Of", "Since", "Some",
	"Many", "Most", "All", "Other", "Such", "No", "Not", "Yes", "Mr", "According", "However", "Also",
	"Meanwhile", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
	"November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.",
	"Oct.", "Nov.", "Dec.", "What", "Who", "Why", "How", "Where", "Which", "Despite", "During",
	"Under", "Over", "About", "Against", "Between", "Both", "Each", "Every", "Any", "One", "Two",
	"Three", "First", "Last", "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Now", "Then",
	"Thus", "So", "Although", "Though", "Because", "Until", "Without", "Within", "Into", "Through",
	"Only", "Even", "Just", "More", "Several", "Several", "Both", "Neither", "Either", "My", "Me",
	"Us", "Him", "Them", "Your", "Moreover", "Furthermore", "Additionally", "Nevertheless", "Nonetheless",
	"Instead", "Indeed", "Still", "Yet", "Besides", "Likewise", "Overall", "Separately", "Elsewhere",
	"Otherwise", "Hence", "Therefore", "Regardless", "Notably", "Similarly", "Accordingly", "Subsequently",
}

// demonymPlurals lists the plural noun forms of demonyms that do not simply add "s".
func demonymForms() []string {
	var out []string
	for _, d := range demonyms {
		out = append(out, d)
		last := d[len(d)-1]
		switch {
		case hasSuffix(d, "ese"), hasSuffix(d, "ish"), hasSuffix(d, "ch"), hasSuffix(d, "ss"),
			d == "Druze", d == "Shia":
		case last == 'i', last == 'n', last == 'e', last == 'd', last == 'k', last == 'b', last == 'u',
			last == 't', last == 'r', last == 'c', last == 'a', last == 'l', last == 'o', last == 'h':
			out = append(out, d+"s")
		}
	}
	return append(out, "Jews", "Arabs", "Kurds", "Turks", "Serbs", "Britons", "Shi'ites",
		"Shia Muslims", "Sunni Muslims", "Christians", "Muslims", "Palestinians", "Israelis", "Iraqis")
}

func hasSuffix(s, suf string) bool {
	return len(s) >= len(suf) && s[len(s)-len(suf):] == suf
}
