// Cities that host trade talks, summits and courts, beyond the capitals already listed with
// their countries, and the head nouns that make a proper name a venue ("Lancaster House").

export const CITIES: readonly string[] = [
  // Europe
  "Geneva", "Zurich", "Davos", "Basel", "Frankfurt", "Munich", "Hamburg", "Milan", "Barcelona",
  "Munich", "Strasbourg", "Luxembourg", "Stockholm", "Oslo", "Helsinki", "Copenhagen", "Vienna",
  "Madrid", "Lisbon", "Rome", "Athens", "Warsaw", "Prague", "Budapest", "Bucharest", "Dublin",
  "Edinburgh", "Manchester", "Birmingham", "Rotterdam", "Amsterdam", "Antwerp", "Lyon",
  "Marseille", "Istanbul", "Kyiv", "Kiev", "Minsk", "St Petersburg", "Saint Petersburg",
  // Americas
  "New York", "Los Angeles", "San Francisco", "Chicago", "Houston", "Seattle", "Boston",
  "Miami", "Detroit", "Silicon Valley", "Mar-a-Lago", "Toronto", "Montreal", "Vancouver",
  "Calgary", "Mexico City", "Monterrey", "Sao Paulo", "São Paulo", "Rio de Janeiro",
  "Buenos Aires", "Santiago", "Lima", "Bogota", "Bogotá", "Panama City",
  // Asia and Oceania
  "Shanghai", "Shenzhen", "Guangzhou", "Hong Kong", "Macau", "Tianjin", "Chongqing", "Wuhan",
  "Hangzhou", "Xiamen", "Osaka", "Hiroshima", "Yokohama", "Busan", "Incheon", "Mumbai",
  "Bangalore", "Bengaluru", "Chennai", "Kolkata", "Karachi", "Lahore", "Dhaka", "Ho Chi Minh City",
  "Singapore", "Kuala Lumpur", "Jakarta", "Bali", "Manila", "Bangkok", "Phnom Penh", "Vientiane",
  "Sydney", "Melbourne", "Perth", "Auckland", "Stockholm", "Dubai", "Abu Dhabi", "Doha",
  "Riyadh", "Jeddah", "Tel Aviv", "Jerusalem", "Tehran", "Baghdad", "Cairo",
  // Africa
  "Johannesburg", "Cape Town", "Lagos", "Nairobi", "Addis Ababa", "Casablanca",
];

/** Head nouns of named venues and landmarks: "Lancaster House", "Buckingham Palace". */
export const VENUE_HEADS: readonly string[] = [
  "House", "Palace", "Hall", "Hotel", "Castle", "Centre", "Center", "Mansion", "Residence",
  "Square", "Tower", "Estate", "Villa", "Pavilion", "Chateau", "Château", "Lodge",
];
