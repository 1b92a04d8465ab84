/** Shandong's public higher vocational colleges on the demo platform, with the chains each serves. */
export interface CollegeSeed { name: string; cityCode: string; address: string; chains: string[] }

export const COLLEGES: CollegeSeed[] = [
  { name: '淄博职业学院', cityCode: '370300', address: '淄博市张店区联通路99号', chains: ['SD-C02', 'SD-C06', 'SD-C08', 'SD-C15'] },
  { name: '日照职业技术学院', cityCode: '371100', address: '日照市东港区烟台北路16号', chains: ['SD-C05', 'SD-C02', 'SD-C10'] },
  { name: '潍坊职业学院', cityCode: '370700', address: '潍坊市滨海经济技术开发区富海大街01666号', chains: ['SD-C07', 'SD-C06', 'SD-C12'] },
  { name: '滨州职业学院', cityCode: '371600', address: '滨州市滨城区黄河十二路919号', chains: ['SD-C04', 'SD-C06', 'SD-C18'] },
  { name: '东营职业学院', cityCode: '370500', address: '东营市东营区府前大街129号', chains: ['SD-C06', 'SD-C03', 'SD-C04'] },
  { name: '山东职业学院', cityCode: '370100', address: '济南市经十东路23000号', chains: ['SD-C02', 'SD-C12', 'SD-C01'] },
  { name: '济南职业学院', cityCode: '370100', address: '济南市历城区飞跃大道5566号', chains: ['SD-C01', 'SD-C02', 'SD-C13'] },
  { name: '青岛职业技术学院', cityCode: '370200', address: '青岛市黄岛区钱塘江路369号', chains: ['SD-C16', 'SD-C01', 'SD-C15'] },
  { name: '烟台职业学院', cityCode: '370600', address: '烟台市莱山区滨海中路2018号', chains: ['SD-C12', 'SD-C02', 'SD-C06'] },
  { name: '威海职业学院', cityCode: '371000', address: '威海市高技术产业开发区科技新城', chains: ['SD-C05', 'SD-C08', 'SD-C11'] },
  { name: '山东科技职业学院', cityCode: '370700', address: '潍坊市奎文区潍州路1567号', chains: ['SD-C11', 'SD-C02', 'SD-C01'] },
  { name: '济宁职业技术学院', cityCode: '370800', address: '济宁市高新区红星东路', chains: ['SD-C09', 'SD-C07', 'SD-C01'] },
  { name: '泰山职业技术学院', cityCode: '370900', address: '泰安市高新区南天门大街', chains: ['SD-C02', 'SD-C03', 'SD-C10'] },
  { name: '聊城职业技术学院', cityCode: '371500', address: '聊城市东昌府区花园北路133号', chains: ['SD-C04', 'SD-C12', 'SD-C08'] },
  { name: '德州职业技术学院', cityCode: '371400', address: '德州市德城区大学西路689号', chains: ['SD-C03', 'SD-C07', 'SD-C11'] },
  { name: '菏泽职业学院', cityCode: '371700', address: '菏泽市牡丹区大学路2269号', chains: ['SD-C08', 'SD-C06', 'SD-C10'] },
  { name: '临沂职业学院', cityCode: '371300', address: '临沂市罗庄区龙潭路', chains: ['SD-C09', 'SD-C02', 'SD-C10'] },
  { name: '枣庄职业学院', cityCode: '370400', address: '枣庄市薛城区泰山南路', chains: ['SD-C04', 'SD-C06', 'SD-C14'] },
  { name: '山东工业职业学院', cityCode: '370300', address: '淄博市周村区新建中路', chains: ['SD-C04', 'SD-C02', 'SD-C15'] },
  { name: '山东化工职业学院', cityCode: '370700', address: '潍坊市滨海经济技术开发区', chains: ['SD-C06', 'SD-C08', 'SD-C17'] },
  { name: '青岛港湾职业技术学院', cityCode: '370200', address: '青岛市黄岛区江山中路', chains: ['SD-C05', 'SD-C15', 'SD-C01'] },
  { name: '山东商业职业技术学院', cityCode: '370100', address: '济南市高新区旅游路4516号', chains: ['SD-C10', 'SD-C01', 'SD-C13'] },
  { name: '山东劳动职业技术学院', cityCode: '370100', address: '济南市长清区大学科技园', chains: ['SD-C02', 'SD-C15', 'SD-C13'] },
  { name: '山东交通职业学院', cityCode: '370700', address: '潍坊市奎文区海安路', chains: ['SD-C12', 'SD-C19', 'SD-C09'] },
  { name: '山东电子职业技术学院', cityCode: '370100', address: '济南市高新区港兴三路', chains: ['SD-C01', 'SD-C14', 'SD-C16'] },
  { name: '山东信息职业技术学院', cityCode: '370700', address: '潍坊市高新区东风东街', chains: ['SD-C01', 'SD-C13', 'SD-C16'] },
  { name: '烟台汽车工程职业学院', cityCode: '370600', address: '烟台市福山区福海路', chains: ['SD-C12', 'SD-C02', 'SD-C19'] },
  { name: '威海海洋职业学院', cityCode: '371000', address: '威海市荣成市海洋路', chains: ['SD-C05', 'SD-C17', 'SD-C08'] },
  { name: '山东药品食品职业学院', cityCode: '371000', address: '威海市文登区龙山路', chains: ['SD-C08', 'SD-C17', 'SD-C10'] },
  { name: '山东理工职业学院', cityCode: '370800', address: '济宁市北湖省级旅游度假区', chains: ['SD-C09', 'SD-C03', 'SD-C18'] },
  { name: '莱芜职业技术学院', cityCode: '370100', address: '济南市莱芜区鲁中西大街', chains: ['SD-C04', 'SD-C07', 'SD-C19'] },
]

/** Short city names used in enterprise names ("淄博恒瑞精密机械有限公司"). */
export const CITY_SHORT: Record<string, string> = {
  '370100': '济南', '370200': '青岛', '370300': '淄博', '370400': '枣庄', '370500': '东营', '370600': '烟台',
  '370700': '潍坊', '370800': '济宁', '370900': '泰安', '371000': '威海', '371100': '日照', '371300': '临沂',
  '371400': '德州', '371500': '聊城', '371600': '滨州', '371700': '菏泽',
}
