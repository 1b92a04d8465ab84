import { Text, View } from '@tarojs/components'
import { SCORE_PART_LABELS, TEXT_PART_LABELS, type MatchExplanation } from '@zhilian/shared/contracts/matching'
import { BarList } from '../../components/BarList'
import './index.css'

/**
 * The verdict, then the score part by part against each part's maximum, then how the major fits the
 * job's text (its parts and the catalogue entries the job's words hit), the reasons and the cut-off.
 */
export function Explanation({ e }: { e: MatchExplanation }) {
  const { parts, weights, threshold } = e
  return (
    <View>
      <View className={`card explain-verdict ${e.listed ? 'explain-verdict--in' : 'explain-verdict--out'}`}>
        <Text className='explain__h'>
          {e.college.name} · {e.majorName ?? e.majorCode} → {e.job.title}
        </Text>
        <Text className='explain-verdict__text'>{e.verdict}</Text>
        {e.score !== null && (
          <Text className='muted explain__line'>
            得分 {e.score} / 100{e.rank !== null ? ` · 第 ${e.rank} 名 / 共 ${e.candidates} 个候选` : ''}
          </Text>
        )}
      </View>
      {parts && (
        <View className='card'>
          <Text className='explain__h'>得分构成</Text>
          <BarList
            legend={['得分', '满分']}
            format={(n) => String(Math.round(n * 10) / 10)}
            bars={(Object.keys(weights) as (keyof typeof weights)[]).map((k) => ({ key: k, label: SCORE_PART_LABELS[k] ?? k, value: parts[k], other: weights[k] }))}
          />
        </View>
      )}
      <View className='card explain-text'>
        <Text className='explain__h'>专业对口 · 岗位文本</Text>
        <Text className='muted explain__line'>
          {e.textFit.rank !== null
            ? `该专业在岗位最适合的专业中排第 ${e.textFit.rank} 名（前 ${e.textFit.candidateLimit} 名且不低于第 1 名一半得分的专业参与匹配），文本得分 ${e.textFit.score}`
            : '岗位文本、产业链和点名专业都没有指向该专业'}
        </Text>
        <BarList
          legend={['得分', '满分']}
          format={(n) => String(Math.round(n * 10) / 10)}
          bars={(Object.keys(e.textFit.weights) as (keyof typeof e.textFit.weights)[]).map((k) => ({ key: k, label: TEXT_PART_LABELS[k] ?? k, value: e.textFit.parts[k], other: e.textFit.weights[k] }))}
        />
        {e.textFit.evidence.map((r) => (
          <Text key={r} className='explain__line explain-text__evidence'>· {r}</Text>
        ))}
      </View>
      {e.reasons.length > 0 && (
        <View className='card'>
          <Text className='explain__h'>依据</Text>
          {e.reasons.map((r) => (
            <Text key={r} className='explain__line'>· {r}</Text>
          ))}
        </View>
      )}
      <View className='card'>
        <Text className='explain__h'>推荐门槛</Text>
        <Text className='explain__line'>
          企业看到前 {threshold.listLimit} 名
          {threshold.lowestListedScore !== null ? `，第 ${threshold.listLimit} 名（或最后一名）得分 ${threshold.lowestListedScore}` : '，目前没有候选'}
        </Text>
        <Text className='explain__line'>既无毕业生也无在校生的院校专业最高 {threshold.emptyRowCap} 分，排在有供给的之后</Text>
      </View>
    </View>
  )
}
